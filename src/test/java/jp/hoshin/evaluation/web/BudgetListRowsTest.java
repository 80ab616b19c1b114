package jp.hoshin.evaluation.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.hoshin.evaluation.BudgetList;
import jp.hoshin.evaluation.EvaluationStage;
import jp.hoshin.evaluation.FutureDirection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget list's table body is written in Java: every text escaped, amounts formatted, changes marked. */
class BudgetListRowsTest {

    private final NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);

    @Test
    void rowsAreEscapedAndFormatted() {
        BudgetList.Line line = new BudgetList.Line(
                1,
                12,
                "<script>alert(\"x\")</script> & 街路灯",
                "dept",
                null,
                EvaluationStage.SECOND,
                12_500_000L,
                3_000_000L,
                FutureDirection.REDUCE.label(),
                13_000_000L,
                FutureDirection.CONTINUE.label(),
                true);
        String html = BudgetListController.ListRow.tableRows(List.of(BudgetListController.ListRow.of(
                line, "/staff/m/990001/2025/evaluations/", Map.of("dept", "都市整備部<b>"), yen)));

        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 街路灯")
                .contains("<a href=\"/staff/m/990001/2025/evaluations/12\">")
                .contains("<td>都市整備部&lt;b&gt;</td>")
                .contains(
                        "<td class=\"num\">12,500,000</td>",
                        "<td class=\"num\">3,000,000</td>",
                        "<td class=\"num\">13,000,000</td>")
                .contains("<td class=\"num\">-500,000</td>")
                .contains("<td>" + FutureDirection.REDUCE.label() + "</td>")
                .contains("<strong class=\"tag\">変更</strong>");
        assertThat(html.lines()).hasSize(1).allMatch(l -> l.startsWith("<tr>") && l.endsWith("</tr>"));
    }

    @Test
    void aLineWithoutCostsOrHistoryShowsDashes() {
        BudgetList.Line line = new BudgetList.Line(
                2, 3, "新規事業", "other", null, EvaluationStage.FIRST, null, null, null, null, null, false);
        String html = BudgetListController.ListRow.tableRows(
                List.of(BudgetListController.ListRow.of(line, "/b/", Map.of(), yen)));

        assertThat(html)
                .contains("<td>other</td>")
                .contains("<td class=\"num\">—</td>")
                .doesNotContain("変更");
    }

    @Test
    void filterOptionsAreEscapedWithTheChosenOneSelected() {
        String html = BudgetListController.ListRow.options(
                List.of("継続", "\"縮小\" & <休止>"), d -> d, d -> d + "'", "\"縮小\" & <休止>");

        assertThat(html)
                .isEqualTo("<option value=\"継続\">継続&#39;</option>\n          "
                        + "<option value=\"&quot;縮小&quot; &amp; &lt;休止&gt;\" selected=\"selected\">"
                        + "&quot;縮小&quot; &amp; &lt;休止&gt;&#39;</option>");
        assertThat(BudgetListController.ListRow.options(List.<String>of(), d -> d, d -> d, null))
                .isEmpty();
    }
}
