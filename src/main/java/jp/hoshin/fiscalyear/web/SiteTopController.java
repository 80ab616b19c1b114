package jp.hoshin.fiscalyear.web;

import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A municipality's public top page: its fiscal years. */
@Controller
class SiteTopController {

    static final String VIEW = "site/municipality";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;

    SiteTopController(Municipalities municipalities, FiscalYears fiscalYears) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
    }

    @GetMapping({"/m/{code}/", "/m/{code}"})
    String top(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        model.addAttribute("municipality", m);
        model.addAttribute("years", fiscalYears.list(m.code()));
        return VIEW;
    }
}
