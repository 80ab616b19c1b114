package jp.hoshin.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A municipality's form of the evaluation sheet as a value: the default, headings, and what is refused. */
class SheetLayoutTest {

    static final SheetLayout FOUR_COLUMNS = new SheetLayout(
            List.of(
                    new YearColumn(-2, ColumnKind.SETTLED),
                    new YearColumn(-1, ColumnKind.SETTLED),
                    new YearColumn(0, ColumnKind.BUDGET),
                    new YearColumn(1, ColumnKind.REQUEST)),
            List.of("拡充", "レベルアップ", "継続", "見直し", "廃止"));

    @Test
    void theDefaultIsTheFormSheetsAlwaysHad() {
        assertThat(SheetLayout.DEFAULT.years(2024)).containsExactly(2022, 2023, 2024);
        assertThat(SheetLayout.DEFAULT.columns())
                .extracting(c -> c.heading(2024))
                .containsExactly("2022年度", "2023年度", "2024年度");
        assertThat(SheetLayout.DEFAULT.directions()).containsExactly("拡充", "継続", "改善・見直し", "縮小", "休止・廃止");
        assertThat(SheetLayout.DEFAULT.isDefault()).isTrue();
    }

    @Test
    void aColumnWithAKindIsHeadedInWarekiWithTheKind() {
        assertThat(FOUR_COLUMNS.columns())
                .extracting(c -> c.heading(2024))
                .containsExactly("令和4（2022）年度 決算", "令和5（2023）年度 決算", "令和6（2024）年度 予算", "令和7（2025）年度 要求");
        assertThat(FOUR_COLUMNS.columns())
                .extracting(YearColumn::relativeName)
                .containsExactly("前々年度決算", "前年度決算", "当年度予算", "次年度要求");
        assertThat(new YearColumn(-4, null).relativeName()).isEqualTo("4年前の年度");
        assertThat(FOUR_COLUMNS.years(2024)).containsExactly(2022, 2023, 2024, 2025);
    }

    @Test
    void aDirectionIsTakenOnlyFromTheListFullWidthAlike() {
        assertThat(FOUR_COLUMNS.direction(" レベルアップ ")).contains("レベルアップ");
        assertThat(FOUR_COLUMNS.direction("縮小")).isEmpty();
        assertThat(FOUR_COLUMNS.directionsText()).isEqualTo("「拡充」「レベルアップ」「継続」「見直し」「廃止」");
    }

    @Test
    void aFormThatCannotBeShownIsRefusedInJapanese() {
        assertThatThrownBy(() -> new SheetLayout(
                        List.of(new YearColumn(0, null), new YearColumn(0, ColumnKind.BUDGET)), List.of("継続")))
                .hasMessage("同じ年度の列が2つあります。");
        assertThatThrownBy(() -> new SheetLayout(List.of(), List.of("継続"))).hasMessage("年度の列は1列以上6列までです。");
        assertThatThrownBy(() -> new SheetLayout(List.of(new YearColumn(0, null)), List.of(" ", "")))
                .hasMessage("今後の方向性は1つ以上12個までです。");
        assertThatThrownBy(() -> new SheetLayout(List.of(new YearColumn(0, null)), List.of("継続", "継続")))
                .hasMessage("今後の方向性「継続」が2回あります。");
        assertThatThrownBy(() -> new YearColumn(3, null)).hasMessage("年度の列は、シートの年度の4年前から2年後までです。");
        assertThatThrownBy(() -> ColumnKind.ofLabel("実績")).hasMessageContaining("決算・予算・見込・要求");
    }

    @Test
    void aDirectionStoredByItsCodeNameBeforeV23ReadsAsItsLabel() {
        assertThat(FutureDirection.stored("CONTINUE")).isEqualTo("継続");
        assertThat(FutureDirection.stored("レベルアップ")).isEqualTo("レベルアップ");
        assertThat(FutureDirection.stored(null)).isNull();
        Assessment old = new Assessment(null, null, null, null, null, null, "SUSPEND", null, null);
        assertThat(old.direction()).isEqualTo("休止・廃止");
    }

    @Test
    void writingThroughAFormKeepsTheYearsItDoesNotShow() {
        SheetContent stored = EvaluationWorkflowTest.streetLights(2024)
                .withCosts(List.of(
                        new YearCost(2020, null, null, null, null, 1_000L, null),
                        new YearCost(2024, null, null, null, null, 2_000L, null)));
        // the form shows 2022–2024 only: 2020 stays, 2024 is what was typed
        SheetContent typed = stored.withCosts(List.of(new YearCost(2024, null, null, null, null, 3_000L, null)))
                .withIndicators(List.of(new PerformanceIndicator(
                        IndicatorKind.ACTIVITY,
                        "LED化した街路灯",
                        "灯",
                        false,
                        List.of(new IndicatorFigure(2024, BigDecimal.ONE, BigDecimal.ONE)))));
        SheetContent kept = typed.keepingYearsOutside(List.of(2022, 2023, 2024), stored);
        assertThat(kept.costs())
                .extracting(YearCost::year, YearCost::general)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2020, 1_000L),
                        org.assertj.core.groups.Tuple.tuple(2024, 3_000L));
        assertThat(kept.indicators().getFirst().figures())
                .extracting(IndicatorFigure::year)
                .containsExactly(2024);
        SheetContent wider = typed.keepingYearsOutside(List.of(2024), stored);
        assertThat(wider.indicators().getFirst().figures())
                .extracting(IndicatorFigure::year)
                .containsExactly(2023, 2024);
    }
}
