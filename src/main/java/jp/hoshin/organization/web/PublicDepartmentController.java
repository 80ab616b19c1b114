package jp.hoshin.organization.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentLinks;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.web.ReadOnlyPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages: the departments of a year, and one department with its history. */
@Controller
class PublicDepartmentController {

    static final String LIST_VIEW = "jte:site/departments";
    static final String DETAIL_VIEW = "site/department";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final List<DepartmentLinks> links;

    PublicDepartmentController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            List<DepartmentLinks> links) {
        this.links = links;
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
    }

    @GetMapping("/m/{code}/{year}/departments")
    @ReadOnlyPage
    String list(@PathVariable String code, @PathVariable int year, Model model) {
        var fiscalYear = fiscalYears.get(code, year); // with its municipality: one statement
        MunicipalityView m = municipalities.get(code);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fiscalYear);
        model.addAttribute("departments", organization.departments(fiscalYear));
        return LIST_VIEW;
    }

    @GetMapping("/m/{code}/{year}/departments/{department}")
    @ReadOnlyPage
    String detail(@PathVariable String code, @PathVariable int year, @PathVariable String department, Model model) {
        FiscalYearView fy = fiscalYears.get(code, year); // with its municipality: one statement
        MunicipalityView m = municipalities.get(code);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("department", organization.department(m.code(), year, department));
        var history = organization.history(m.code(), year, department);
        model.addAttribute("history", history);
        model.addAttribute("links", linksOf(m.code(), year, department));
        // each year of the history with what is public of it: the way to its plans and results
        Map<Long, List<DepartmentLinks.Link>> yearLinks = new HashMap<>();
        for (var e : history.entries()) {
            yearLinks.put(e.departmentId(), linksOf(m.code(), e.year().startYear(), e.code()));
        }
        model.addAttribute("yearLinks", yearLinks);
        return DETAIL_VIEW;
    }

    private List<DepartmentLinks.Link> linksOf(String municipalityCode, int year, String department) {
        return links.stream()
                .flatMap(l -> l.linksOf(municipalityCode, year, department).stream())
                .toList();
    }
}
