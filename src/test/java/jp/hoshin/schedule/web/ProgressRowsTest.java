package jp.hoshin.schedule.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jp.hoshin.schedule.ScheduleStep;
import jp.hoshin.schedule.StepProgress;
import jp.hoshin.schedule.YearProgress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress table's body written in Java: every text escaped, late cells marked in red and in words. */
class ProgressRowsTest {

    private static YearProgress.Cell cell(String department, String state, boolean overdue) {
        return new YearProgress.Cell(
                ScheduleStep.PLAN_SUBMIT,
                0,
                "d1",
                department,
                state,
                StepProgress.Phase.OPEN,
                true,
                LocalDate.of(2026, 4, 20),
                overdue,
                null,
                null,
                null,
                null,
                "/staff/m/132047/2026/plans/d1?a=1&b=2",
                "<担当>",
                null,
                null);
    }

    @Test
    void textsAreEscapedAndLateCellsSaySo() {
        List<YearProgress.Row> rows = List.of(new YearProgress.Row(
                "d1",
                "<script>部",
                Arrays.asList(cell("<script>部", "作成中<b>", true), null, cell("<script>部", "提出", false))));
        String html = ProgressRows.html(rows);
        assertThat(html).doesNotContain("<script>", "<b>").contains("&lt;script&gt;部", "?a=1&amp;b=2");
        Document doc = Jsoup.parseBodyFragment("<table><tbody>" + html + "</tbody></table>");
        var cells = doc.select("td");
        assertThat(cells).hasSize(3);
        assertThat(cells.get(0).hasClass("overdue")).isTrue();
        assertThat(cells.get(0).text()).isEqualTo("作成中<b> 期限超過 期限 令和8（2026）年4月20日 担当：<担当>");
        assertThat(cells.get(1).text()).isEqualTo("—");
        assertThat(cells.get(2).hasClass("overdue")).isFalse();
        assertThat(cells.get(2).text()).doesNotContain("期限超過");
    }
}
