package jp.hoshin.evaluation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.evaluation.BudgetList;
import jp.hoshin.evaluation.FutureDirection;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentName;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.Downloads;
import jp.hoshin.shared.web.ReadOnlyPage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * 予算査定用の一覧 — every sheet of a year with its トータルコスト, 一般財源, 今後の方向性 and the change from last year's
 * sheet, filtered by department, measure and direction (GET parameters, so a filtered list can be bookmarked), and
 * the same list as an Excel file.
 */
@Controller
class BudgetListController {

    /** A compiled template (src/main/jte/evaluation/budget.jte): the budget section reads this list under load. */
    static final String VIEW = "jte:evaluation/budget";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final BudgetList budgetList;
    private final Access access;

    BudgetListController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            BudgetList budgetList,
            Access access) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.budgetList = budgetList;
        this.access = access;
    }

    @GetMapping("/staff/m/{code}/{year}/evaluations/budget")
    @ReadOnlyPage
    String list(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String measure,
            @RequestParam(defaultValue = "") String direction,
            Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        BudgetList.Filter filter = filter(department, measure, direction);
        BudgetList.Page page = budgetList.page(m.code(), year, filter);
        FiscalYearView fy = page.fiscalYear();
        List<DepartmentName> departments = page.departments();
        List<BudgetList.Line> lines = page.lines();
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("yearLabel", fy.year().label());
        model.addAttribute(
                "departmentOptions",
                ListRow.options(departments, DepartmentName::code, DepartmentName::name, filter.departmentCode()));
        model.addAttribute(
                "measureOptions",
                ListRow.options(
                        page.measures(),
                        PolicyPlans.LinkableElement::key,
                        PolicyPlans.LinkableElement::label,
                        filter.elementKey()));
        model.addAttribute("directionOptions", ListRow.options(page.directions(), d -> d, d -> d, filter.direction()));
        Map<String, String> names =
                departments.stream().collect(Collectors.toMap(DepartmentName::code, DepartmentName::name));
        java.text.NumberFormat yen = java.text.NumberFormat.getIntegerInstance(java.util.Locale.JAPAN);
        String base = "/staff/m/" + m.code() + "/" + year + "/evaluations/";
        model.addAttribute("lineCount", lines.size());
        model.addAttribute(
                "rowsHtml",
                ListRow.tableRows(
                        lines.stream().map(l -> ListRow.of(l, base, names, yen)).toList()));
        long totalCost = 0;
        long totalGeneral = 0;
        for (BudgetList.Line l : lines) {
            totalCost += l.totalCost() == null ? 0 : l.totalCost();
            totalGeneral += l.generalFund() == null ? 0 : l.generalFund();
        }
        model.addAttribute("totalCost", yen.format(totalCost));
        model.addAttribute("totalGeneral", yen.format(totalGeneral));
        model.addAttribute(
                "query",
                "department=" + UriUtils.encodeQueryParam(department, StandardCharsets.UTF_8)
                        + "&measure=" + UriUtils.encodeQueryParam(measure, StandardCharsets.UTF_8)
                        + "&direction=" + UriUtils.encodeQueryParam(direction, StandardCharsets.UTF_8));
        return VIEW;
    }

    @GetMapping("/staff/m/{code}/{year}/evaluations/budget.xlsx")
    ResponseEntity<byte[]> excel(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String measure,
            @RequestParam(defaultValue = "") String direction) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        Map<String, String> names =
                organization.names(fy).stream().collect(Collectors.toMap(DepartmentName::code, DepartmentName::name));
        List<BudgetList.Line> lines = budgetList.lines(fy, filter(department, measure, direction));
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("予算査定用一覧");
            CellStyle yen = wb.createCellStyle();
            yen.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            Row title = sheet.createRow(0);
            title.createCell(0)
                    .setCellValue(Messages.get(
                            "evaluation.budgetList.title", m.name(), fy.year().label()));
            String[] headings = {
                "No.",
                "事業名",
                "部",
                "段階",
                "トータルコスト（円）",
                "一般財源（円）",
                "今後の方向性",
                "前年度トータルコスト（円）",
                "増減（円）",
                "前年度の方向性",
                "方向性の変化"
            };
            Row head = sheet.createRow(2);
            for (int i = 0; i < headings.length; i++) {
                head.createCell(i).setCellValue(headings[i]);
            }
            int r = 3;
            for (BudgetList.Line l : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(l.number());
                row.createCell(1).setCellValue(l.name());
                row.createCell(2).setCellValue(names.getOrDefault(l.departmentCode(), l.departmentCode()));
                row.createCell(3).setCellValue(l.stage().label());
                money(row, 4, l.totalCost(), yen);
                money(row, 5, l.generalFund(), yen);
                row.createCell(6).setCellValue(l.direction() == null ? "" : l.direction());
                money(row, 7, l.previousTotalCost(), yen);
                money(row, 8, l.costChange(), yen);
                row.createCell(9).setCellValue(l.previousDirection() == null ? "" : l.previousDirection());
                row.createCell(10)
                        .setCellValue(l.directionChanged() ? Messages.get("evaluation.budgetList.changed") : "");
            }
            sheet.setColumnWidth(1, 40 * 256);
            for (int c : new int[] {4, 5, 7, 8}) {
                sheet.setColumnWidth(c, 20 * 256);
            }
            wb.write(out);
            return Downloads.attachment(
                            Messages.get(
                                    "evaluation.budgetList.fileName",
                                    m.name(),
                                    fy.year().warekiLabel()),
                            Downloads.XLSX)
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One line of the list as the page shows it, formatted here once. The list is read under load by the budget section,
     * and 150 lines of ten cells through template expressions cost several times the query (bench/evaluation-list.sh),
     * so the table body is written here, every text escaped, and the template places it.
     */
    record ListRow(
            int number,
            String href,
            String name,
            String department,
            String stage,
            String totalCost,
            String generalFund,
            String direction,
            String previousTotalCost,
            String costChange,
            String previousDirection,
            boolean directionChanged) {

        static ListRow of(BudgetList.Line l, String base, Map<String, String> names, java.text.NumberFormat yen) {
            Long change = l.costChange();
            return new ListRow(
                    l.number(),
                    base + l.number(),
                    l.name(),
                    names.getOrDefault(l.departmentCode(), l.departmentCode()),
                    l.stage().label(),
                    money(yen, l.totalCost()),
                    money(yen, l.generalFund()),
                    l.direction() == null ? "—" : l.direction(),
                    money(yen, l.previousTotalCost()),
                    change == null ? "—" : (change > 0 ? "+" : "") + yen.format(change),
                    l.previousDirection() == null ? "—" : l.previousDirection(),
                    l.directionChanged());
        }

        private static String money(java.text.NumberFormat yen, @Nullable Long value) {
            return value == null ? "—" : yen.format(value);
        }

        /** The rows as the table body's HTML ({@code <tr>} elements); every text and link is HTML-escaped. */
        static String tableRows(List<ListRow> rows) {
            StringBuilder html = new StringBuilder(rows.size() * 480);
            for (ListRow r : rows) {
                html.append("<tr><td class=\"num\">")
                        .append(r.number())
                        .append("</td><th scope=\"row\"><a href=\"")
                        .append(HtmlUtils.htmlEscape(r.href(), "UTF-8"))
                        .append("\">")
                        .append(HtmlUtils.htmlEscape(r.name(), "UTF-8"))
                        .append("</a></th>");
                cell(html, "", r.department());
                cell(html, "", r.stage());
                cell(html, "num", r.totalCost());
                cell(html, "num", r.generalFund());
                cell(html, "", r.direction());
                cell(html, "num", r.previousTotalCost());
                cell(html, "num", r.costChange());
                html.append("<td><span>")
                        .append(HtmlUtils.htmlEscape(r.previousDirection(), "UTF-8"))
                        .append("</span>");
                if (r.directionChanged()) {
                    html.append("<strong class=\"tag\">")
                            .append(HtmlUtils.htmlEscape(Messages.get("evaluation.budgetList.changedTag"), "UTF-8"))
                            .append("</strong>");
                }
                html.append("</td></tr>\n");
            }
            return html.toString();
        }

        /**
         * The {@code <option>} elements of a filter, one a line as the template indents them, the chosen one selected;
         * every value and label HTML-escaped.
         */
        static <T> String options(
                List<T> items, Function<T, String> value, Function<T, String> label, @Nullable String chosen) {
            StringBuilder html = new StringBuilder(items.size() * 64);
            for (T item : items) {
                String v = value.apply(item);
                if (!html.isEmpty()) {
                    html.append("\n          ");
                }
                html.append("<option value=\"")
                        .append(HtmlUtils.htmlEscape(v, "UTF-8"))
                        .append(Objects.equals(v, chosen) ? "\" selected=\"selected\">" : "\">")
                        .append(HtmlUtils.htmlEscape(label.apply(item), "UTF-8"))
                        .append("</option>");
            }
            return html.toString();
        }

        private static void cell(StringBuilder html, String cssClass, String text) {
            html.append(cssClass.isEmpty() ? "<td>" : "<td class=\"" + cssClass + "\">")
                    .append(HtmlUtils.htmlEscape(text, "UTF-8"))
                    .append("</td>");
        }
    }

    private static void money(Row row, int column, @Nullable Long value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    static BudgetList.Filter filter(String department, String measure, String direction) {
        // a label as listed (a bookmark of before V23 named the code: CONTINUE)
        String d = FutureDirection.stored(jp.hoshin.shared.JapaneseText.text(direction));
        return new BudgetList.Filter(department.isBlank() ? null : department, measure.isBlank() ? null : measure, d);
    }
}
