package jp.hoshin.schedule.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.schedule.YearProgress;
import jp.hoshin.shared.Messages;
import org.springframework.web.util.HtmlUtils;

/**
 * The progress table's body, written here with every text and link HTML-escaped: 30 departments × 16 steps through
 * template expressions cost most of the page's time (measured with JFR, bench/schedule.sh). {@code ProgressRowsTest}
 * pins the escaping and the overdue marking.
 */
final class ProgressRows {

    private ProgressRows() {}

    static String html(List<YearProgress.Row> rows) {
        Map<LocalDate, String> dates = new HashMap<>();
        Map<String, String> responsibles = new HashMap<>();
        String overdue = escape(Messages.get("schedule.overdue"));
        String noDue = escape(Messages.get("schedule.cell.noDue"));
        StringBuilder out = new StringBuilder(rows.size() * 4000);
        for (YearProgress.Row row : rows) {
            out.append("<tr><th scope=\"row\">")
                    .append(escape(row.departmentName()))
                    .append("</th>");
            for (YearProgress.Cell c : row.cells()) {
                if (c == null) {
                    out.append("<td>—</td>");
                    continue;
                }
                out.append(c.overdue() ? "<td class=\"overdue\">" : "<td>");
                if (c.url() != null) {
                    out.append("<a class=\"state\" href=\"")
                            .append(escape(c.url()))
                            .append("\">")
                            .append(escape(c.state()))
                            .append("</a>");
                } else {
                    out.append("<span class=\"state\">")
                            .append(escape(c.state()))
                            .append("</span>");
                }
                if (c.overdue()) {
                    out.append(" <span class=\"overdue-mark\">").append(overdue).append("</span>");
                }
                if (c.detail() != null) {
                    out.append(" <span>").append(escape(c.detail())).append("</span>");
                }
                String due = c.due() == null
                        ? noDue
                        : dates.computeIfAbsent(
                                c.due(), d -> escape(Messages.get("schedule.cell.due", ProgressCells.date(d))));
                out.append(" <span class=\"muted\">").append(due).append("</span>");
                String when = c.done() ? ProgressCells.done(c) : ProgressCells.changed(c);
                if (!when.isEmpty()) {
                    out.append(" <span class=\"muted\">").append(escape(when)).append("</span>");
                }
                out.append(" <span class=\"muted\">")
                        .append(responsibles.computeIfAbsent(
                                c.responsible(), r -> escape(Messages.get("schedule.cell.responsible", r))))
                        .append("</span></td>");
            }
            out.append("</tr>\n");
        }
        return out.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
