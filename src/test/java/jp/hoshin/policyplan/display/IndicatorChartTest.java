package jp.hoshin.policyplan.display;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import jp.hoshin.policyplan.Direction;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.TargetKind;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static jp.hoshin.policyplan.display.IndicatorFormatTest.number;
import static jp.hoshin.policyplan.display.IndicatorFormatTest.placed;
import static jp.hoshin.policyplan.display.IndicatorFormatTest.value;
import static org.assertj.core.api.Assertions.assertThat;

/** The server-made SVG chart: well-formed, labelled for screen readers, the target drawn, gaps for missing values. */
class IndicatorChartTest {

    private static final PlacedIndicator ENGLISH_PAGES = placed(
            number("e", "英語版ホームページのアクセス件数", "件", "400000"),
            value("e", 2010, "34677", null, null, null),
            value("e", 2014, "60359", null, null, null),
            value("e", 2018, "293478", null, null, null),
            value("e", 2020, "202850", null, null, null));

    @Test
    void theChartIsAnAccessibleImageWithTheTrendAsItsText() throws Exception {
        String svg = IndicatorChart.svg(ENGLISH_PAGES, "chart-1");
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-1-t chart-1-d");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 560 280");
        assertThat(text(doc, "title")).containsExactly("英語版ホームページのアクセス件数の推移");
        assertThat(text(doc, "desc"))
                .singleElement()
                .asString()
                .contains("平成22年度の34,677件から令和2年度の202,850件へ増加")
                .contains("最大は平成30年度の293,478件")
                .contains("令和4年度の目標値は400,000件です。");
        // four points on one line, each labelled; the target as a dashed line and a diamond at 令和4年度
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(4 + 1);
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        assertThat(text(doc, "text"))
                .contains(
                        "34,677",
                        "293,478",
                        "202,850",
                        "平成22",
                        "(2010)",
                        "令和4",
                        "(2022)",
                        "目標値 400,000件（令和4年度）",
                        "（件）");
        assertThat(elements(doc, "line")).anySatisfy(l -> {
            assertThat(l.getAttribute("stroke")).isEqualTo(IndicatorChart.TARGET);
            assertThat(l.getAttribute("stroke-dasharray")).isEqualTo("6 4");
        });
        assertThat(elements(doc, "path"))
                .anySatisfy(p -> assertThat(p.getAttribute("fill")).isEqualTo(IndicatorChart.TARGET));
    }

    @Test
    void aMissingValueBreaksTheLineAndIsMarked() throws Exception {
        PlacedIndicator volunteers = placed(
                number("v", "市民協働者数", "人", "150"),
                value("v", 2010, null, null, null, null),
                value("v", 2014, "52", null, null, null),
                value("v", 2018, "114", null, null, null),
                value("v", 2020, "137", null, null, null));
        Document doc = parse(IndicatorChart.svg(volunteers, "c"));
        assertThat(text(doc, "text")).contains("値なし", "平成22");
        assertThat(elements(doc, "polyline"))
                .singleElement()
                .satisfies(p -> assertThat(p.getAttribute("points").split(" ")).hasSize(3));
        assertThat(IndicatorChart.summary(volunteers))
                .contains("平成26年度の52人から令和2年度の137人へ増加")
                .contains("平成22年度は値がありません。");
    }

    @Test
    void lowerIsBetterAndKeepAndStateTargetsAreSaidInWords() throws Exception {
        IndicatorRow crimes = new IndicatorRow(
                "c",
                "三鷹市内の刑法犯罪認知件数(年間)",
                "件",
                null,
                null,
                null,
                Direction.DOWN,
                TargetKind.NUMBER,
                2022,
                IndicatorFormatTest.bd("900"),
                null,
                null,
                null,
                null);
        PlacedIndicator crime =
                placed(crimes, value("c", 2010, "1767", null, null, null), value("c", 2020, "727", null, null, null));
        assertThat(IndicatorChart.summary(crime))
                .contains("1,767件から令和2年度の727件へ減少")
                .contains("値が小さいほど良い指標です。");

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
        PlacedIndicator farm =
                placed(farms, value("f", 2010, "149", null, null, null), value("f", 2020, "147", null, null, null));
        assertThat(IndicatorChart.summary(farm)).contains("目標は基準値の維持です。");
        assertThat(text(parse(IndicatorChart.svg(farm, "f")), "text")).contains("目標：維持（基準値の水準）（令和4年度）");

        IndicatorRow ratio = new IndicatorRow(
                "r",
                "経常収支比率",
                "%",
                null,
                null,
                null,
                Direction.DOWN,
                TargetKind.STATE,
                2022,
                null,
                null,
                null,
                "概ね80%台を維持(特殊要因による場合にあっても90%台前半に抑制)",
                null);
        PlacedIndicator state =
                placed(ratio, value("r", 2010, "90.4", null, null, null), value("r", 2020, "89.4", null, null, null));
        Document doc = parse(IndicatorChart.svg(state, "r"));
        assertThat(elements(doc, "path")).isEmpty();
        assertThat(String.join("", text(doc, "text"))).contains("目標：概ね80%台を維持(特殊要因による場合にあっても90%台前半に抑制)");
        assertThat(IndicatorChart.summary(state)).contains("目標は「概ね80%台を維持");
    }

    @Test
    void aLongTargetIsWrappedWithoutStartingALineWithAClosingBracket() {
        List<String> lines = IndicatorChart.wrap("目標：概ね80%台を維持(特殊要因による場合にあっても90%台前半に抑制)（令和4年度）");
        assertThat(lines).hasSize(2);
        assertThat(String.join("", lines)).isEqualTo("目標：概ね80%台を維持(特殊要因による場合にあっても90%台前半に抑制)（令和4年度）");
        assertThat(lines.get(1)).doesNotStartWith(")").doesNotStartWith("）");
    }

    @Test
    void textIsEscaped() throws Exception {
        PlacedIndicator odd =
                placed(number("o", "A&B <test> \"quoted\"", "件", "10"), value("o", 2020, "5", null, null, null));
        assertThat(text(parse(IndicatorChart.svg(odd, "o")), "title")).containsExactly("A&B <test> \"quoted\"の推移");
    }

    @Test
    void aChartIsDrawnOncePerVersionOfItsDataAndAnEditedValueIsNeverShownOld() {
        String first = IndicatorChart.svg(ENGLISH_PAGES, "chart-9");
        assertThat(IndicatorChart.svg(ENGLISH_PAGES, "chart-9")).isSameAs(first);
        assertThat(IndicatorChart.summary(ENGLISH_PAGES)).isSameAs(IndicatorChart.summary(ENGLISH_PAGES));
        // the 令和2年度 value corrected: equal data read again from the database is a different object, same chart
        PlacedIndicator edited = placed(
                number("e", "英語版ホームページのアクセス件数", "件", "400000"),
                value("e", 2010, "34677", null, null, null),
                value("e", 2014, "60359", null, null, null),
                value("e", 2018, "293478", null, null, null),
                value("e", 2020, "212850", null, null, null));
        String redrawn = IndicatorChart.svg(edited, "chart-9");
        assertThat(redrawn).contains("212,850").doesNotContain("202,850");
        assertThat(IndicatorChart.summary(edited)).contains("212,850").doesNotContain("202,850");
        assertThat(IndicatorChart.svg(ENGLISH_PAGES, "chart-9")).isSameAs(first);
        // another place on a page gets its own ids
        assertThat(IndicatorChart.svg(ENGLISH_PAGES, "chart-2"))
                .contains("chart-2-t")
                .doesNotContain("chart-9");
    }

    @Test
    void drawnChartsAreBounded() {
        DrawnCharts charts = new DrawnCharts();
        for (int i = 0; i < DrawnCharts.LIMIT + 10; i++) {
            int n = i;
            charts.of(n, "svg", "c", () -> "<svg>" + n + "</svg>");
        }
        assertThat(charts.size()).isEqualTo(DrawnCharts.LIMIT);
        assertThat(charts.of(0, "svg", "c", () -> "redrawn")).isEqualTo("redrawn");
    }

    @Test
    void theValueAxisHasRoundSteps() {
        IndicatorChart.Scale scale = IndicatorChart.Scale.of(1128795, 1430000);
        assertThat(scale.step()).isIn(50_000d, 100_000d);
        assertThat(scale.lo()).isLessThanOrEqualTo(1128795);
        assertThat(scale.hi()).isGreaterThanOrEqualTo(1430000);
        assertThat(scale.label(1_200_000)).isEqualTo("1,200,000");
        IndicatorChart.Scale rates = IndicatorChart.Scale.of(1.11, 1.43);
        assertThat(rates.lo()).isGreaterThan(0.5);
        assertThat(rates.label(rates.lo() + rates.step())).matches("\\d+\\.\\d+");
        // a small change is not blown up: 149 → 147 か所 on an axis at least 30 wide
        IndicatorChart.Scale farms = IndicatorChart.Scale.of(147, 150);
        assertThat(farms.hi() - farms.lo()).isGreaterThanOrEqualTo(30);
        assertThat(farms.lo()).isPositive();
        IndicatorChart.Scale counts = IndicatorChart.Scale.of(0, 4);
        assertThat(counts.lo()).isZero();
        assertThat(counts.label(2)).isEqualTo("2");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> text(Document doc, String tag) {
        return elements(doc, tag).stream().map(Element::getTextContent).toList();
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
