package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.hoshin.policyplan.PolicyRows.ValueRow;
import jp.hoshin.policyplan.PolicyViews.ElementPage;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.PolicyViews.PlanView;
import jp.hoshin.shared.exchange.ExchangeProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo data of 三鷹市自治体経営白書2021 chapters 1–2 as stored, compared with the seed (003), and the
 * import's guarantees: export → import changes nothing; a table with one wrong cell changes nothing.
 */
@SpringBootTest
@Transactional
class PolicyDataTest {

    private static final String MITAKA = "132047";

    @Autowired
    PolicyPlans plans;

    @Autowired
    PolicyDataImport importer;

    @Autowired
    PolicyDataExport exporter;

    @Test
    void theBasicPlanHasTheSeedsStructure() {
        PlanView basic = plans.plan(MITAKA, "kihon-keikaku-4");
        assertThat(basic.plan().name()).isEqualTo("第4次三鷹市基本計画（第2次改定）");
        assertThat(basic.elements())
                .filteredOn(e -> e.element().kind() == ElementKind.AREA)
                .hasSize(8);
        List<PolicyViews.ElementView> measures = basic.elements().stream()
                .filter(e -> e.element().kind() == ElementKind.MEASURE
                        && basic.childrenOf(e.element().key()).isEmpty())
                .toList();
        assertThat(measures).hasSize(34);
        var indicators = plans.indicatorsOf(MITAKA, "kihon-keikaku-4");
        assertThat(measures.stream()
                        .mapToInt(e -> indicators
                                .getOrDefault(e.element().key(), List.of())
                                .size())
                        .sum())
                .isEqualTo(68);
        assertThat(basic.phases()).extracting(PolicyRows.PhaseRow::name).containsExactly("前期", "中期", "後期");
        assertThat(basic.element("K2-4-1")).hasValueSatisfying(e -> {
            assertThat(e.element().number()).isEqualTo("第4-1");
            assertThat(e.element().owners()).isEqualTo("生活環境部生活経済課");
        });
        PlanView strategy = plans.plan(MITAKA, "sogo-senryaku");
        assertThat(strategy.elements())
                .filteredOn(e -> e.element().kind() == ElementKind.GOAL)
                .hasSize(3);
        PlanView reform = plans.plan(MITAKA, "action-plan-2022");
        assertThat(reform.elements())
                .filteredOn(e -> e.element().kind() == ElementKind.SYSTEM)
                .hasSize(13);
        assertThat(reform.element("A7-10"))
                .hasValueSatisfying(e -> assertThat(e.element().name()).isEqualTo("学校給食の充実と調理業務の委託化の推進"));
    }

    @Test
    void indicatorValuesOfEveryShapeAreStoredAsData() {
        // compound: 8施設 98事業者 … 11施設 107事業者
        PlacedIndicator soho = indicator("kihon-keikaku-4", "K2-3", "I-K2-3-3");
        assertThat(soho.indicator().unit()).isEqualTo("施設");
        assertThat(soho.indicator().subUnit()).isEqualTo("事業者");
        assertThat(soho.value(2010))
                .hasValueSatisfying(
                        v -> assertThat(pair(v)).containsExactly(new BigDecimal("8"), new BigDecimal("98")));
        assertThat(soho.value(2020))
                .hasValueSatisfying(
                        v -> assertThat(pair(v)).containsExactly(new BigDecimal("11"), new BigDecimal("107")));
        // lagged reference year: 231事業所 (平成28年) reported in 令和2年度
        PlacedIndicator factories = indicator("kihon-keikaku-4", "K2-3", "I-K2-3-1");
        assertThat(factories.value(2020)).hasValueSatisfying(v -> {
            assertThat(v.value()).isEqualByComparingTo("231");
            assertThat(v.reference())
                    .isEqualTo(new ReferencePoint(ReferencePoint.Kind.CALENDAR_YEAR, LocalDate.of(2016, 1, 1)));
            assertThat(v.reference().label()).isEqualTo("平成28年");
        });
        // missing value: — in 平成22年度
        PlacedIndicator volunteers = indicator("kihon-keikaku-4", "K2-4-2", "I-K2-4-2-2");
        assertThat(volunteers.value(2010))
                .hasValueSatisfying(v -> assertThat(v.missing()).isTrue());
        assertThat(volunteers.value(2020))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("137"));
        // 維持
        PlacedIndicator farms = indicator("kihon-keikaku-4", "K2-2", "I-K2-2-1");
        assertThat(farms.indicator().targetKind()).isEqualTo(TargetKind.KEEP);
        // lower is better, values as of 1 April: 209人 (平成27年4月1日) → 70人 (令和3年4月1日), target 0
        PlacedIndicator waiting = indicator("sogo-senryaku", "S1", "I-S1-3");
        assertThat(waiting.indicator().direction()).isEqualTo(Direction.DOWN);
        assertThat(waiting.value(2014)).hasValueSatisfying(v -> {
            assertThat(v.value()).isEqualByComparingTo("209");
            assertThat(v.reference().label()).isEqualTo("平成27年4月1日");
        });
        assertThat(waiting.targetValue()).isEqualByComparingTo("0");
        // strategy baseline 戦略策定時 (2018): 114 as of 2019-04-01 → 70 as of 2021-04-01 is 38.6% of the way to 0,
        // against 66.7% expected after 2 of 3 years; 38.6 < 60% × 66.7 → 遅れ
        assertThat(waiting.judgement().status()).isEqualTo(IndicatorJudgement.Status.BEHIND);
        assertThat(waiting.judgement().progressPercent()).isEqualByComparingTo("38.6");
        assertThat(waiting.judgement().expectedPercent()).isEqualByComparingTo("66.7");
        // a state as target
        PlacedIndicator redevelopment = indicator("sogo-senryaku", "S3", "I-S3-5");
        assertThat(redevelopment.indicator().targetState()).isEqualTo("都市計画決定");
        assertThat(redevelopment.judgement().status()).isEqualTo(IndicatorJudgement.Status.NOT_JUDGED);
        // one indicator in two plans, with the strategy's own target
        assertThat(indicator("kihon-keikaku-4", "K5-2", "I-K5-2-1").targetValue())
                .isEqualByComparingTo("4000");
        assertThat(indicator("sogo-senryaku", "S2", "I-K5-2-1").targetValue()).isEqualByComparingTo("3500");
    }

    @Test
    void aMeasurePageHasItsProgressText() {
        ElementPage page = plans.element(MITAKA, "kihon-keikaku-4", "K1-1");
        assertThat(page.path()).extracting(e -> e.element().key()).containsExactly("K1");
        assertThat(page.progress()).singleElement().satisfies(p -> {
            assertThat(p.fiscalYear()).isEqualTo(2020);
            assertThat(p.body()).contains("多言語翻訳機を来庁者が多く訪れる部署・市政窓口等に、貸出用を含め計7台配置した。");
        });
        assertThat(page.columns()).containsExactly(2010, 2014, 2018, 2020);
    }

    @Test
    void anExportImportedAgainChangesNothing() {
        Map<PolicyTable, List<List<String>>> tables = exporter.tables(MITAKA);
        assertThat(tables.get(PolicyTable.VALUES)).hasSizeGreaterThan(290);
        List<SourceTable> upload = new ArrayList<>();
        tables.forEach((t, rows) -> upload.add(new SourceTable(t.sheetName(), rows)));
        PolicyDataImport.Outcome outcome = importer.apply(MITAKA, upload);
        assertThat(outcome.changed()).isZero();
        assertThat(exporter.tables(MITAKA)).isEqualTo(tables);
    }

    @Test
    void oneWrongCellRejectsTheWholeUploadWithItsPlace() {
        List<List<String>> values = List.of(
                List.of("指標ID", "年度", "値", "内訳値", "参照時点", "補足"),
                List.of("I-K1-1-1", "令和3年度", "210,000", "", "", ""),
                List.of("I-K1-1-1", "2022", "たくさん", "", "", ""),
                List.of("I-NONE", "2021", "1", "", "", ""),
                List.of("I-K1-1-2", "２０２１", "２８０", "", "令和3年13月", ""));
        assertThatThrownBy(() -> importer.apply(MITAKA, List.of(new SourceTable("values.csv", values))))
                .isInstanceOfSatisfying(
                        ImportRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ExchangeProblem::text)
                                .containsExactly(
                                        "「指標値」（values.csv） 5行目 E列「参照時点」: 日付「令和3年13月」は存在しない日付です。",
                                        "「指標値」（values.csv） 3行目 C列「値」: 値は数値だけを入力してください（単位は別の列に。全角数字・桁区切りのカンマも使えます）。"
                                                + "指標「英語版ホームページのアクセス件数」は目標種別が「状態」ではないため、「たくさん」のような言葉は書けません"
                                                + "（測っていない年は「なし」、値がないときは「—」）。",
                                        "「指標値」（values.csv） 4行目 A列「指標ID」: 指標「I-NONE」がありません。"));
        assertThat(indicator("kihon-keikaku-4", "K1-1", "I-K1-1-1").value(2021))
                .as("the valid row was not saved either")
                .isEmpty();
    }

    @Test
    void aYearlyUpdateAddsValuesAndKeepsTheRest() {
        List<List<String>> values = List.of(
                List.of("指標ID", "年度", "値"),
                List.of("I-K1-1-1", "令和3(2021)年度", "２１０，０００"),
                List.of("I-K1-1-2", "2021", "280"));
        PolicyDataImport.Outcome outcome = importer.apply(MITAKA, List.of(new SourceTable("2021.csv", values)));
        assertThat(outcome.changed()).isEqualTo(2);
        PlacedIndicator access = indicator("kihon-keikaku-4", "K1-1", "I-K1-1-1");
        assertThat(access.value(2021))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("210000"));
        assertThat(access.value(2018))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("293478"));
    }

    private PlacedIndicator indicator(String plan, String element, String key) {
        return plans.indicatorsOf(MITAKA, plan).get(element).stream()
                .filter(i -> i.indicator().key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static List<BigDecimal> pair(ValueRow v) {
        return List.of(v.value(), v.subValue());
    }
}
