package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hoshin.policyplan.IndicatorJudgement.Judgement;
import jp.hoshin.policyplan.IndicatorJudgement.Status;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The judgement on the shapes other cities report values in: 年間 / 時点 / 累計, 見込 and 中間, states, old data, bands. */
class IndicatorJudgementShapesTest {

    private static final JudgementScheme PROGRESS = JudgementScheme.progress(60);

    private static IndicatorRow indicator(Aggregation aggregation, Direction direction, String target) {
        return new IndicatorRow(
                "I",
                "入館者数",
                "人",
                null,
                null,
                null,
                direction,
                TargetKind.NUMBER,
                2022,
                new BigDecimal(target),
                null,
                null,
                null,
                null,
                aggregation);
    }

    private static IndicatorRow stateIndicator(String state) {
        return new IndicatorRow(
                "S",
                "計画の策定",
                null,
                null,
                null,
                null,
                Direction.UP,
                TargetKind.STATE,
                2022,
                null,
                null,
                null,
                state,
                null,
                Aggregation.POINT);
    }

    private static ValueRow v(int year, String value) {
        return new ValueRow("I", year, value == null ? null : new BigDecimal(value), null, null, null, null);
    }

    private static ValueRow v(int year, String value, ValueKind kind, LocalDate asOf) {
        return new ValueRow(
                "I",
                year,
                new BigDecimal(value),
                null,
                asOf == null ? null : new ReferencePoint(ReferencePoint.Kind.DATE, asOf),
                null,
                null,
                kind,
                null);
    }

    private static ValueRow state(int year, String state) {
        return new ValueRow("S", year, null, null, null, null, null, ValueKind.ACTUAL, state);
    }

    private static Judgement judge(IndicatorRow i, JudgementScheme scheme, List<ValueRow> values, int year) {
        return IndicatorJudgement.judge(i, i.targetYear(), i.targetValue(), 2010, scheme, values, year);
    }

    @Test
    void aYearlyFlowIsJudgedOnItsLatestWholeYearAndAPartialValueIsShownNotJudged() {
        IndicatorRow visitors = indicator(Aggregation.FLOW, Direction.UP, "1000");
        // 2020 whole year: 800 (progress 60% of 500→1000 over 10/12 years: expected 83.3%, 60% of it = 50% → 順調)
        // 2021: 9月30日現在 300 — partial, a drop if judged against the yearly target
        List<ValueRow> values = List.of(
                v(2010, "500"),
                v(2020, "800"),
                v(2021, "300", ValueKind.INTERIM, LocalDate.of(2021, 9, 30)),
                v(2021, "900", ValueKind.FORECAST, null));
        Judgement j = judge(visitors, PROGRESS, values, 2021);
        assertThat(j.status()).isEqualTo(Status.ON_TRACK);
        assertThat(j.year()).isEqualTo(2020);
        assertThat(j.explanation())
                .contains("令和3年9月30日の値は年度途中のもののため、年間の目標とは比べていません。")
                .contains("令和2年度の実績による判定です（令和3年度の実績はまだありません）。");

        Optional<Judgement> forecast =
                IndicatorJudgement.judgeForecast(visitors, 2022, new BigDecimal("1000"), 2010, PROGRESS, values, 2021);
        assertThat(forecast).isPresent();
        assertThat(forecast.get().forecast()).isTrue();
        assertThat(forecast.get().year()).isEqualTo(2021);
        assertThat(forecast.get().shownLabel()).isEqualTo("見込み 順調");
        assertThat(forecast.get().explanation()).startsWith("令和3年度の見込値による判定です。");
    }

    @Test
    void anActualDatedBeforeTheYearsEndOfAYearlyFlowIsPartialWhateverItsKind() {
        IndicatorRow visitors = indicator(Aggregation.FLOW, Direction.UP, "1000");
        List<ValueRow> values =
                List.of(v(2010, "500"), v(2020, "800"), v(2021, "300", ValueKind.ACTUAL, LocalDate.of(2021, 9, 30)));
        Judgement j = judge(visitors, PROGRESS, values, 2021);
        assertThat(j.year()).isEqualTo(2020);
        assertThat(j.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aStateAtADateIsJudgedOnItsLatestValueAtAnyDate() {
        IndicatorRow members = indicator(Aggregation.POINT, Direction.UP, "1000");
        List<ValueRow> values =
                List.of(v(2010, "500"), v(2020, "800"), v(2021, "1000", ValueKind.INTERIM, LocalDate.of(2021, 9, 30)));
        Judgement j = judge(members, PROGRESS, values, 2021);
        assertThat(j.status()).isEqualTo(Status.ACHIEVED);
        assertThat(j.year()).isEqualTo(2021);
    }

    @Test
    void aRunningTotalIsComparedWithTheCumulativeTargetFromZeroAtTheBaseYear() {
        IndicatorRow total = indicator(Aggregation.CUMULATIVE, Direction.UP, "120");
        // no value at the base year 2010: 0; 2016 total 60 = 50% of the target after 6 of 12 years (50% expected)
        Judgement j = judge(total, PROGRESS, List.of(v(2013, "20"), v(2016, "60")), 2016);
        assertThat(j.status()).isEqualTo(Status.ON_TRACK);
        assertThat(j.progressPercent()).isEqualByComparingTo("50.0");
        assertThat(j.expectedPercent()).isEqualByComparingTo("50.0");
        assertThat(j.baselineYear())
                .as("zero at the base year is no substitute baseline")
                .isNull();
        assertThat(judge(total, PROGRESS, List.of(v(2013, "20"), v(2016, "30")), 2016)
                        .status())
                .isEqualTo(Status.BEHIND);
    }

    @Test
    void aStateTargetIsAchievedWhenTheLatestValueIsTheTargetStateAndLateAfterTheTargetYear() {
        IndicatorRow plan = stateIndicator("策定");
        assertThat(judge(plan, PROGRESS, List.of(state(2019, null), state(2020, "策定")), 2020)
                        .status())
                .isEqualTo(Status.ACHIEVED);
        assertThat(judge(plan, PROGRESS, List.of(state(2019, null), state(2020, "策定")), 2020)
                        .explanation())
                .isEqualTo("目標の「策定」に至りました（令和2年度）。");
        Judgement notYet = judge(plan, PROGRESS, List.of(state(2019, null), state(2020, "素案作成")), 2020);
        assertThat(notYet.status()).isEqualTo(Status.NOT_JUDGED);
        assertThat(notYet.explanation()).isEqualTo("目標の「策定」にはまだ至っていません。");
        Judgement late = judge(plan, PROGRESS, List.of(state(2019, null), state(2023, null)), 2023);
        assertThat(late.status()).isEqualTo(Status.BEHIND);
        assertThat(late.explanation()).isEqualTo("目標年度（令和4年度）を過ぎても「策定」に至っていません。");
    }

    @Test
    void aSubstituteBaselineIsNamed() {
        IndicatorRow i = indicator(Aggregation.POINT, Direction.UP, "150");
        Judgement j = judge(i, PROGRESS, List.of(v(2010, null), v(2014, "52"), v(2020, "137")), 2020);
        assertThat(j.baselineYear()).isEqualTo(2014);
        assertThat(j.explanation()).isEqualTo("進捗 86.7%（経過年数からの見込み 75.0%）。基準年度（平成22年度）の値がないため、平成26年度の値を基準値としています。");
        assertThat(judge(i, PROGRESS, List.of(v(2010, "40"), v(2020, "137")), 2020)
                        .baselineYear())
                .isNull();
    }

    @Test
    void anOldValueSaysWhichYearItRestsOnAndTwoYearsWithoutAValueIsStale() {
        IndicatorRow i = indicator(Aggregation.POINT, Direction.UP, "150");
        Judgement lastYear = judge(i, PROGRESS, List.of(v(2010, "40"), v(2019, "137")), 2020);
        assertThat(lastYear.status()).isEqualTo(Status.ON_TRACK);
        assertThat(lastYear.year()).isEqualTo(2019);
        assertThat(lastYear.explanation()).endsWith("令和元年度の実績による判定です（令和2年度の実績はまだありません）。");

        Judgement stale = judge(i, PROGRESS, List.of(v(2010, "40"), v(2018, "137"), v(2019, null)), 2020);
        assertThat(stale.status()).isEqualTo(Status.NOT_JUDGED);
        assertThat(stale.label()).isEqualTo("判定なし（データが古い）");
        assertThat(stale.year()).isEqualTo(2018);
        assertThat(stale.explanation()).isEqualTo("最新の実績が平成30年度のもので、その後2年度以上値がないため判定しません。");
    }

    @Test
    void bandsOfTheAchievementRateWithTheCitysLabels() {
        JudgementScheme sabc = JudgementScheme.bands(JudgementBands.parse("S=100、A=80、B=50、C"));
        IndicatorRow up = indicator(Aggregation.POINT, Direction.UP, "1000");
        assertThat(judge(up, sabc, List.of(v(2010, "500"), v(2020, "1000")), 2020)
                        .label())
                .isEqualTo("S");
        Judgement a = judge(up, sabc, List.of(v(2010, "500"), v(2020, "850")), 2020);
        assertThat(a.label()).isEqualTo("A");
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.progressPercent()).isEqualByComparingTo("85.0");
        assertThat(a.explanation()).isEqualTo("達成率 85.0%（実績値÷目標値）で「A」80%以上の区分です。");
        assertThat(judge(up, sabc, List.of(v(2010, "500"), v(2020, "500")), 2020)
                        .label())
                .isEqualTo("B");
        Judgement c = judge(up, sabc, List.of(v(2010, "500"), v(2020, "100")), 2020);
        assertThat(c.label()).isEqualTo("C");
        assertThat(c.status()).isEqualTo(Status.BEHIND);

        JudgementScheme marks = JudgementScheme.bands(JudgementBands.parse("◎:100, ○:90, △:70, ×"));
        IndicatorRow down = indicator(Aggregation.POINT, Direction.DOWN, "90");
        // lower is better: 目標値 ÷ 実績値 = 90 / 100 = 90%
        Judgement circle = judge(down, marks, List.of(v(2010, "120"), v(2020, "100")), 2020);
        assertThat(circle.label()).isEqualTo("○");
        assertThat(circle.explanation()).contains("目標値÷実績値");

        IndicatorRow plan = stateIndicator("策定");
        assertThat(judge(plan, sabc, List.of(state(2020, "策定")), 2020).label()).isEqualTo("S");
    }

    @Test
    void theRuleIsStatedPerScheme() {
        assertThat(IndicatorJudgement.rule(JudgementScheme.progress(70), "戦略策定時"))
                .startsWith("戦略策定時の値（基準値）から目標値までの進み具合")
                .contains("見込みの70%以上進んでいれば「順調」")
                .contains("判定なし（データが古い）");
        assertThat(IndicatorJudgement.rule(JudgementScheme.bands(JudgementBands.parse("S=100、A=80、B=50、C")), null))
                .startsWith("達成率（実績値÷目標値。")
                .contains("「S」100%以上、「A」80%以上、「B」50%以上、「C」それ未満と判定します。");
    }

    @Test
    void bandsAreWrittenAndReadBackAndWrongOnesAreRefusedWithAReason() {
        JudgementBands bands = JudgementBands.parse("Ｓ＝１００、A=80%，B=50, C");
        assertThat(bands.text()).isEqualTo("S=100、A=80、B=50、C");
        assertThat(JudgementBands.parse(bands.text())).isEqualTo(bands);
        assertThatThrownBy(() -> JudgementBands.parse("A=80、B=90、C"))
                .hasMessage("判定区分「B」の達成率は、前の区分より小さくしてください（高い区分から順に書きます）。");
        assertThatThrownBy(() -> JudgementBands.parse("A=80、A=50、C")).hasMessage("判定区分のラベル「A」が2回あります。");
        assertThatThrownBy(() -> JudgementBands.parse("A、B=50、C"))
                .hasMessage("判定区分「A」に達成率（%）がありません。下限を書かないのは最後の区分だけです。");
        assertThatThrownBy(() -> JudgementBands.parse("A=80")).hasMessageStartingWith("判定区分は2〜10個");
    }
}
