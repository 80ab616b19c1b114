package jp.hoshin.departmentplan.web;

import jp.hoshin.departmentplan.MidYearChecks;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.web.ReadOnlyPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 中間確認の公表 — the published mid-year checks of a year: counts per department and overall, each project's status. */
@Controller
class PublicMidYearController {

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final MidYearChecks checks;

    PublicMidYearController(Municipalities municipalities, FiscalYears fiscalYears, MidYearChecks checks) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.checks = checks;
    }

    @GetMapping("/m/{code}/{year}/midyear")
    @ReadOnlyPage
    String midYear(@PathVariable String code, @PathVariable int year, Model model) {
        FiscalYearView fy = fiscalYears.get(code, year); // with its municipality: one statement
        MunicipalityView m = municipalities.get(code);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("checkpoints", checks.published(m.code(), year));
        return "site/midyear";
    }
}
