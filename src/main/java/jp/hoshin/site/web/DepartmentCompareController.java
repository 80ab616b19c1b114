package jp.hoshin.site.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.departmentplan.PlanPublicationNames;
import jp.hoshin.departmentplan.ProgressScale;
import jp.hoshin.departmentplan.ProgressScales;
import jp.hoshin.departmentplan.ScaleKind;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.web.ReadOnlyPage;
import jp.hoshin.site.DepartmentComparison;
import jp.hoshin.site.DepartmentComparison.Comparison;
import jp.hoshin.site.DepartmentComparison.DepartmentYear;
import jp.hoshin.site.DepartmentComparison.Side;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A department's plans and results of two years side by side ({@code /m/{code}/{year}/departments/{department}/compare
 * ?with=2003}); without a second year, or with the same one, the page only offers the years to choose from.
 */
@Controller
class DepartmentCompareController {

    static final String VIEW = "site/compare";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final DepartmentComparison comparison;
    private final ProgressScales scales;
    private final PlanPublicationNames names;

    DepartmentCompareController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            DepartmentComparison comparison,
            ProgressScales scales,
            PlanPublicationNames names) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.comparison = comparison;
        this.scales = scales;
        this.names = names;
    }

    /** The address of the comparison of a department of a year with another year. */
    static String href(String municipalityCode, int year, String departmentCode, int with) {
        return "/m/" + municipalityCode + "/" + year + "/departments/" + departmentCode + "/compare?with=" + with;
    }

    @GetMapping("/m/{code}/{year:\\d{4}}/departments/{department}/compare")
    @ReadOnlyPage
    String compare(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam(name = "with", required = false) @Nullable String with,
            Model model) {
        FiscalYearView fy = fiscalYears.get(code, year); // with its municipality: one statement
        MunicipalityView m = municipalities.get(code);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("department", organization.department(m.code(), year, department));
        var others = comparison.otherYears(m.code(), year);
        model.addAttribute("otherYears", others);
        model.addAttribute("publicationNames", names.names(m.code()));
        Integer other = others.stream()
                .map(o -> o.year().startYear())
                .filter(y -> with != null && String.valueOf(y).equals(with.strip()))
                .findFirst()
                .orElse(null);
        model.addAttribute("with", other);
        model.addAttribute("unknownYear", with != null && !with.isBlank() && other == null);
        if (other != null) {
            Comparison c = comparison.compare(m.code(), year, department, other);
            model.addAttribute("comparison", c);
            model.addAttribute("charts", charts(c));
            ProgressScale scale = scales.scale(m.code(), ScaleKind.RESULT);
            model.addAttribute(
                    "setApartResult",
                    scale.levels().isEmpty() ? "" : scale.levels().getLast().label());
        }
        return VIEW;
    }

    /** The results chart of each department of each side that has published results, by "year/code". */
    private static Map<String, String> charts(Comparison c) {
        Map<String, String> charts = new HashMap<>();
        for (Side side : List.of(c.earlier(), c.later())) {
            for (DepartmentYear d : side.departments()) {
                if (d.results() != null) {
                    String key = side.startYear() + "/" + d.department().code();
                    charts.put(
                            key,
                            SiteFrontController.resultsChart(
                                    "results-" + side.startYear() + "-"
                                            + d.department().code(),
                                    side.fiscalYear().year().label() + " "
                                            + d.department().name(),
                                    d.results()));
                }
            }
        }
        return charts;
    }
}
