package jp.hoshin.policyplan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.hoshin.policyplan.IndicatorJudgement.Status;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.display.IndicatorTable;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.exchange.ExchangeProblem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files of another city's shape (not 三鷹市's): the 集計 and 種類 columns, states as values, 見込 and 中間 beside the
 * 実績, a plan's own 判定区分, numbers with the precision they were entered with — imported, judged, shown and
 * exported again unchanged; and the located problems of wrong input, with nothing saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PolicyDataShapesTest {

    @Autowired
    MockMvc mvc;

    private static final String MITAKA = "132047";

    @Autowired
    PolicyPlans plans;

    @Autowired
    PolicyDataImport importer;

    @Autowired
    PolicyDataExport exporter;

    @Autowired
    PlanJudgementSettings settings;

    static List<SourceTable> otherCity(List<List<String>> values) {
        return List.of(
                new SourceTable(
                        "plans.csv",
                        List.of(
                                List.of("計画ID", "種別", "名称", "開始年度", "終了年度", "目標年度", "基準年度", "判定区分"),
                                List.of(
                                        "other-plan",
                                        "基本計画",
                                        "他市の総合計画",
                                        "2019",
                                        "2026",
                                        "2026",
                                        "2018",
                                        "S=100、A=80、B=50、C"))),
                new SourceTable(
                        "elements.csv",
                        List.of(List.of("計画ID", "要素ID", "種類", "名称"), List.of("other-plan", "O1", "施策", "生涯学習の推進"))),
                new SourceTable(
                        "indicators.csv",
                        List.of(
                                List.of("指標ID", "名称", "単位", "方向", "目標種別", "目標年度", "目標値", "目標状態", "集計"),
                                List.of("O-visitors", "図書館の入館者数", "人", "増加", "数値", "2026", "100000", "", "年間"),
                                List.of("O-plan", "読書推進計画の策定", "", "増加", "状態", "2022", "", "策定", ""),
                                List.of("O-score", "講座の満足度", "点", "増加", "数値", "2026", "4.0", "", "時点"),
                                List.of("O-total", "講座の延べ開催回数", "回", "増加", "数値", "2026", "400", "", "累計"))),
                new SourceTable(
                        "placements.csv",
                        List.of(
                                List.of("要素ID", "指標ID", "役割"),
                                List.of("O1", "O-visitors", "目標指標"),
                                List.of("O1", "O-plan", "目標指標"),
                                List.of("O1", "O-score", "目標指標"),
                                List.of("O1", "O-total", "目標指標"))),
                new SourceTable("values.csv", values));
    }

    static final List<List<String>> VALUES = List.of(
            List.of("指標ID", "年度", "種類", "値", "参照時点"),
            List.of("O-visitors", "2018", "", "60000", ""),
            List.of("O-visitors", "2022", "実績", "90000", ""),
            List.of("O-visitors", "2023", "中間", "40000", "令和5年9月30日"),
            List.of("O-visitors", "2023", "見込", "95000", ""),
            List.of("O-plan", "2021", "", "—", ""),
            List.of("O-plan", "2022", "", "策定", ""),
            List.of("O-score", "2018", "", "3", ""),
            List.of("O-score", "2020", "", "なし", ""),
            List.of("O-score", "2022", "", "3.50", ""),
            List.of("O-total", "2022", "", "210", ""));

    @Test
    void anotherCitysShapesAreImportedJudgedShownAndExportedAgainUnchanged() throws Exception {
        importer.apply(MITAKA, otherCity(VALUES));

        Map<String, List<PlacedIndicator>> placed = plans.indicatorsOf(MITAKA, "other-plan");
        List<PlacedIndicator> o1 = placed.get("O1");
        PlacedIndicator visitors = o1.get(0);
        assertThat(visitors.indicator().aggregation()).isEqualTo(Aggregation.FLOW);
        assertThat(visitors.values()).extracting(v -> v.fiscalYear()).containsExactly(2018, 2022);
        assertThat(visitors.provisional())
                .extracting(v -> v.kind())
                .containsExactly(ValueKind.FORECAST, ValueKind.INTERIM);
        // the plan's bands: 90,000 of 100,000 = 90% → A, judged on 2022's whole year, not on 2023's half-year count
        assertThat(visitors.judgement().label()).isEqualTo("A");
        assertThat(visitors.judgement().year()).isEqualTo(2022);
        assertThat(visitors.judgement().explanation()).contains("令和5年9月30日の値は年度途中のもの");
        assertThat(visitors.forecast()).isNotNull();
        assertThat(visitors.forecast().shownLabel()).isEqualTo("見込み A");

        PlacedIndicator planState = o1.get(1);
        assertThat(planState.judgement().status()).isEqualTo(Status.ACHIEVED);
        assertThat(planState.judgement().label()).isEqualTo("S");
        PlacedIndicator score = o1.get(2);
        assertThat(score.value(2020))
                .hasValueSatisfying(v -> assertThat(v.missing()).isTrue());
        assertThat(o1.get(3).judgement().progressPercent()).isEqualByComparingTo("52.5");

        // the page's table: values as entered (3点, 3.50点 — not 3.00点), the state reached, 見込 and 中間 with their kind
        IndicatorTable table = IndicatorTable.of(plans.plan(MITAKA, "other-plan"), PlacementRole.MEASURE, o1);
        List<String> years = table.columns().stream()
                .map(c -> String.valueOf(c.fiscalYear()))
                .toList();
        IndicatorTable.Row scoreRow = table.rows().get(2);
        assertThat(scoreRow.cells().get(years.indexOf("2018")).text()).isEqualTo("3点");
        assertThat(scoreRow.cells().get(years.indexOf("2022")).text()).isEqualTo("3.50点");
        assertThat(scoreRow.target().text()).isEqualTo("4.0点");
        assertThat(table.rows().get(1).cells().get(years.indexOf("2022")).text())
                .isEqualTo("策定");
        assertThat(table.rows().get(0).cells().get(years.indexOf("2023")).text())
                .isEqualTo("40,000人（令和5年9月30日時点）（中間、見込 95,000人）");

        // export: the new columns, values as entered; imported again it changes nothing
        Map<PolicyTable, List<List<String>>> tables = exporter.tables(MITAKA);
        assertThat(tables.get(PolicyTable.VALUES))
                .contains(
                        List.of("O-score", "2018", "", "3", "", "", "", ""),
                        List.of("O-score", "2020", "", "—", "", "", "", ""),
                        List.of("O-score", "2022", "", "3.50", "", "", "", ""),
                        List.of("O-plan", "2022", "", "策定", "", "", "", ""),
                        List.of("O-visitors", "2023", "見込", "95000", "", "", "", ""),
                        List.of("O-visitors", "2023", "中間", "40000", "", "令和5年9月30日", "", ""));
        assertThat(tables.get(PolicyTable.INDICATORS))
                .anySatisfy(r -> assertThat(r).startsWith("O-visitors").endsWith("年間"));
        assertThat(tables.get(PolicyTable.PLANS))
                .anySatisfy(r -> assertThat(r).startsWith("other-plan").endsWith("S=100、A=80、B=50、C"));
        List<SourceTable> again = new ArrayList<>();
        tables.forEach((t, rows) -> again.add(new SourceTable(t.sheetName(), rows)));
        assertThat(importer.apply(MITAKA, again).changed()).isZero();
        assertThat(exporter.tables(MITAKA)).isEqualTo(tables);

        // the plan's page counts its indicators by the plan's own bands, then 判定なし. A parameter the page does not
        // read: the answer is neither taken from the public page cache nor kept there, which cannot see this test's
        // uncommitted import (PolicyDataStaffPagesTest imports the same plan with other bands)
        Document page = Jsoup.parse(mvc.perform(get("/m/" + MITAKA + "/policy/other-plan?uncached=1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("table.counts-table thead span.status").eachText())
                .containsExactly("S", "A", "B", "C", "判定なし");
        List<String> counts = page.select("table.counts-table tbody td").eachText();
        assertThat(counts).hasSize(6).last().isEqualTo("4");
        assertThat(counts.subList(0, 5).stream().mapToInt(Integer::parseInt).sum())
                .isEqualTo(4);
        assertThat(counts.get(0)).as("S: the plan reached its state").isEqualTo("1");
    }

    @Test
    void wrongShapesAreLocatedProblemsAndNothingIsSaved() {
        List<List<String>> values = List.of(
                List.of("指標ID", "年度", "種類", "値", "参照時点"),
                List.of("O-visitors", "2022", "予測", "90000", ""),
                List.of("O-visitors", "2021", "", "80000", ""),
                List.of("O-visitors", "2021", "実績", "81000", ""),
                List.of("O-score", "2022", "", "策定", ""),
                List.of("O-score", "2021", "", "", ""));
        List<SourceTable> upload = new ArrayList<>(otherCity(values));
        upload.set(
                2,
                new SourceTable(
                        "indicators.csv",
                        List.of(
                                List.of("指標ID", "名称", "単位", "方向", "目標種別", "目標年度", "目標値", "集計"),
                                List.of("O-visitors", "図書館の入館者数", "人", "増加", "数値", "2026", "100000", "年度"),
                                List.of("O-score", "講座の満足度", "点", "増加", "数値", "2026", "4.0", ""))));
        upload.removeIf(s -> s.source().equals("placements.csv"));
        assertThatThrownBy(() -> importer.apply(MITAKA, upload))
                .isInstanceOfSatisfying(
                        ImportRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ExchangeProblem::text)
                                .containsExactlyInAnyOrder(
                                        "「指標」（indicators.csv） 2行目 H列「集計」: 集計は「年間」「時点」「累計」のいずれかです（空欄は「時点」）。（入力: 年度）",
                                        "「指標値」（values.csv） 2行目 C列「種類」: 種類は「実績」「見込」「中間」のいずれかです（空欄は「実績」）。（入力: 予測）",
                                        "「指標値」（values.csv） 4行目: 同じ行（O-visitors 2021 実績）が2回あります。",
                                        // the indicator's own row was refused, so its values have no indicator
                                        "「指標値」（values.csv） 3行目 A列「指標ID」: 指標「O-visitors」がありません。",
                                        "「指標値」（values.csv） 5行目 D列「値」: 値は数値だけを入力してください（単位は別の列に。全角数字・桁区切りのカンマも使えます）。"
                                                + "指標「講座の満足度」は目標種別が「状態」ではないため、「策定」のような言葉は書けません"
                                                + "（測っていない年は「なし」、値がないときは「—」）。",
                                        "「指標値」（values.csv） 6行目 D列「値」: 値を入力してください。値がないときは「—」と書いてください。"));
        assertThat(plans.plans(MITAKA)).noneMatch(p -> p.key().equals("other-plan"));
    }

    @Test
    void wrongBandsAreALocatedProblem() {
        List<SourceTable> upload = List.of(new SourceTable(
                "plans.csv",
                List.of(List.of("計画ID", "種別", "名称", "判定区分"), List.of("other-plan", "基本計画", "他市の総合計画", "A=50、B=80、C"))));
        assertThatThrownBy(() -> importer.apply(MITAKA, upload))
                .isInstanceOfSatisfying(
                        ImportRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ExchangeProblem::text)
                                .containsExactly(
                                        "「計画」（plans.csv） 2行目 D列「判定区分」: 判定区分「B」の達成率は、前の区分より小さくしてください（高い区分から順に書きます）。"));
    }

    @Test
    void aPlanWithoutBandsIsJudgedAsTodayAndTheStaffFormSetsBandsAllOrNothing() {
        String plan = "kihon-keikaku-4";
        assertThat(plans.plan(MITAKA, plan).plan().scheme()).isEqualTo(JudgementScheme.progress(60));
        PlanJudgementSettings.Settings before = settings.of(MITAKA, plan);
        assertThat(before.bands()).isEmpty();

        assertThatThrownBy(() -> settings.change(MITAKA, plan, before.version(), "150", "A=50、B=80、C"))
                .isInstanceOfSatisfying(
                        PlanJudgementSettings.Invalid.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("onTrackPercent", "bands"));
        assertThat(plans.plan(MITAKA, plan).plan().judgementBands())
                .as("nothing saved")
                .isNull();

        settings.change(MITAKA, plan, before.version(), "", "Ｓ＝100、A=80、B=50、C");
        assertThat(plans.plan(MITAKA, plan).plan().judgementBands().text()).isEqualTo("S=100、A=80、B=50、C");
        assertThat(plans.indicatorsOf(MITAKA, plan).values().stream()
                        .flatMap(List::stream)
                        .map(i -> i.judgement().label()))
                .contains("S", "A")
                .doesNotContain("順調");
        assertThatThrownBy(() -> settings.change(MITAKA, plan, before.version(), "", ""))
                .isInstanceOf(ConcurrentEditException.class);
    }
}
