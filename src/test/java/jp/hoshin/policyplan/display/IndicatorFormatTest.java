package jp.hoshin.policyplan.display;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jp.hoshin.policyplan.Direction;
import jp.hoshin.policyplan.IndicatorJudgement.Judgement;
import jp.hoshin.policyplan.IndicatorJudgement.Status;
import jp.hoshin.policyplan.PlacementRole;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.ReferencePoint;
import jp.hoshin.policyplan.TargetKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Values and targets written as the white paper (seed 003) writes them. */
class IndicatorFormatTest {

    @Test
    void compoundValuesAreWrittenAsTheNameSuggests() {
        PlacedIndicator soho = placed(
                new IndicatorRow(
                        "soho",
                        "SOHO集積施設数及び入居事業者数",
                        "施設",
                        "入居事業者",
                        "事業者",
                        "施設",
                        Direction.UP,
                        TargetKind.NUMBER,
                        2022,
                        bd("12"),
                        bd("105"),
                        null,
                        null,
                        null),
                value("soho", 2010, "8", "98", null, null));
        assertThat(IndicatorFormat.value(soho, soho.values().getFirst()).text()).isEqualTo("8施設 98事業者");
        assertThat(IndicatorFormat.target(soho, 2022).text()).isEqualTo("12施設 105事業者");

        PlacedIndicator jobs = placed(
                new IndicatorRow(
                        "jobs",
                        "高齢者就業支援事業・就職面接会の利用者(内定者)数",
                        "人",
                        "内定者",
                        "人",
                        "利用者",
                        Direction.UP,
                        TargetKind.NUMBER,
                        2022,
                        bd("3000"),
                        bd("180"),
                        null,
                        null,
                        null),
                value("jobs", 2010, "4372", "198", null, null));
        assertThat(IndicatorFormat.value(jobs, jobs.values().getFirst()).text()).isEqualTo("4,372人（198人）");
        assertThat(IndicatorFormat.target(jobs, 2022).text()).isEqualTo("3,000人（180人）");
    }

    @Test
    void referencesNotesAndMissingValues() {
        PlacedIndicator factories = placed(
                number("f", "製造業事業所数", "事業所", "240"),
                value(
                        "f",
                        2020,
                        "231",
                        null,
                        new ReferencePoint(ReferencePoint.Kind.CALENDAR_YEAR, LocalDate.of(2016, 1, 1)),
                        null));
        IndicatorFormat.Cell cell =
                IndicatorFormat.value(factories, factories.values().getFirst());
        assertThat(cell.text()).isEqualTo("231事業所（平成28年）");
        assertThat(cell.value()).isEqualTo("231事業所");
        assertThat(cell.reference()).isEqualTo("平成28年");

        PlacedIndicator waiting = placed(
                number("w", "保育園待機児童数", "人", "0"),
                value(
                        "w",
                        2014,
                        "209",
                        null,
                        new ReferencePoint(ReferencePoint.Kind.DATE, LocalDate.of(2015, 4, 1)),
                        null));
        assertThat(IndicatorFormat.value(waiting, waiting.values().getFirst()).text())
                .isEqualTo("209人（平成27年4月1日時点）");

        PlacedIndicator projects =
                placed(number("p", "「主要5事業」の達成状況(着手・継続)", "件", "4"), value("p", 2014, "1", null, null, "⑤"));
        assertThat(IndicatorFormat.value(projects, projects.values().getFirst()).text())
                .isEqualTo("1件（⑤）");

        PlacedIndicator volunteers =
                placed(number("v", "市民協働者数", "人", "150"), value("v", 2010, null, null, null, null));
        assertThat(IndicatorFormat.value(volunteers, volunteers.values().getFirst())
                        .text())
                .isEqualTo("—");
        assertThat(IndicatorFormat.value(volunteers, volunteers.values().getFirst())
                        .missing())
                .isTrue();
    }

    @Test
    void numbersAreGroupedAndRoundedAsDecimalFormatWritesThem() {
        java.util.Random random = new java.util.Random(19);
        List<BigDecimal> values = new java.util.ArrayList<>(List.of(
                BigDecimal.ZERO,
                new BigDecimal("-0.4"),
                new BigDecimal("0.5"),
                new BigDecimal("-2.5"),
                new BigDecimal("999.995"),
                new BigDecimal("1430000"),
                new BigDecimal("-1234567.891"),
                new BigDecimal("1E+7"),
                new BigDecimal("123456789012345678901234567890.125")));
        for (int i = 0; i < 2_000; i++) {
            values.add(BigDecimal.valueOf(random.nextLong(), random.nextInt(12)));
        }
        for (BigDecimal value : values) {
            for (int decimals = 0; decimals <= 4; decimals++) {
                var format = new java.text.DecimalFormat(
                        decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.JAPAN));
                // rounded first, as before: -0.4 is 0, not DecimalFormat's -0
                assertThat(IndicatorFormat.number(value, decimals))
                        .as(value + " to " + decimals + " places")
                        .isEqualTo(format.format(value.setScale(decimals, java.math.RoundingMode.HALF_UP)));
            }
        }
        assertThat(IndicatorFormat.number(new BigDecimal("-1234567.891"), 2)).isEqualTo("-1,234,567.89");
        assertThat(IndicatorFormat.number(new BigDecimal("-0.4"), 0)).isEqualTo("0");
    }

    @Test
    void numbersKeepThePrecisionTheyWereEnteredWith() {
        // 緑被率: 33.46% … 32.00% (entered so) … target 33%; a score entered as 3 stays 3点, not 3.00点
        PlacedIndicator green = placed(
                number("g", "緑被率", "%", "33"),
                value("g", 2010, "33.46", null, null, null),
                value("g", 2014, "32.00", null, null, "注2"),
                value("g", 2018, "3", null, null, null));
        assertThat(IndicatorFormat.value(green, green.values().get(1)).text()).isEqualTo("32.00%（注2）");
        assertThat(IndicatorFormat.value(green, green.values().get(2)).text()).isEqualTo("3%");
        assertThat(IndicatorFormat.target(green, 2022).text()).isEqualTo("33%");
        assertThat(IndicatorFormat.number(new BigDecimal("1430000"), 0)).isEqualTo("1,430,000");
    }

    @Test
    void targetsOfEveryKind() {
        IndicatorRow bikes = new IndicatorRow(
                "b",
                "駅前地域の放置自転車の台数",
                "台",
                null,
                null,
                null,
                Direction.DOWN,
                TargetKind.NUMBER,
                2022,
                bd("80"),
                null,
                "以下",
                null,
                null);
        assertThat(IndicatorFormat.target(placed(bikes), 2022).text()).isEqualTo("80台以下");
        IndicatorRow projects = new IndicatorRow(
                "p",
                "「主要5事業」の達成状況(着手・継続)",
                "件",
                null,
                null,
                null,
                Direction.UP,
                TargetKind.NUMBER,
                2022,
                bd("4"),
                null,
                "①②③④",
                null,
                null);
        assertThat(IndicatorFormat.target(placed(projects), 2022).text()).isEqualTo("4件（①②③④）");
        IndicatorRow farms = new IndicatorRow(
                "f",
                "農家の直接販売所数",
                "か所",
                null,
                null,
                null,
                Direction.KEEP,
                TargetKind.KEEP,
                2022,
                null,
                null,
                null,
                null,
                null);
        assertThat(IndicatorFormat.target(placed(farms), 2022).text()).isEqualTo("維持");
        IndicatorRow station = new IndicatorRow(
                "s",
                "三鷹駅南口中央通り東地区再開発推進事業",
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
                "都市計画決定",
                null);
        assertThat(IndicatorFormat.target(placed(station), 2022).text()).isEqualTo("都市計画決定");
        // a target year other than the column's: 60,000人（令和3年度）
        IndicatorRow workers = new IndicatorRow(
                "w",
                "従業者数（事業所単位）",
                "人",
                null,
                null,
                null,
                Direction.UP,
                TargetKind.NUMBER,
                2021,
                bd("60000"),
                null,
                null,
                null,
                null);
        assertThat(IndicatorFormat.target(placed(workers), 2022).text()).isEqualTo("60,000人（令和3年度）");
    }

    static PlacedIndicator placed(IndicatorRow row, ValueRow... values) {
        return new PlacedIndicator(
                row,
                PlacementRole.MEASURE,
                row.targetYear(),
                row.targetValue(),
                List.of(values),
                new Judgement(Status.NOT_JUDGED, 2020, null, null, "判定に必要な値がありません。"));
    }

    static IndicatorRow number(String key, String name, String unit, String target) {
        return new IndicatorRow(
                key,
                name,
                unit,
                null,
                null,
                null,
                Direction.UP,
                TargetKind.NUMBER,
                2022,
                bd(target),
                null,
                null,
                null,
                null);
    }

    static ValueRow value(
            String key,
            int year,
            @Nullable String value,
            @Nullable String sub,
            @Nullable ReferencePoint reference,
            @Nullable String note) {
        return new ValueRow(
                key, year, value == null ? null : bd(value), sub == null ? null : bd(sub), reference, note, null);
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
