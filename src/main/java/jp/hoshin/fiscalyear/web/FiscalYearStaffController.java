package jp.hoshin.fiscalyear.web;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.identity.StaffHomePanel;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.FieldRefusal;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.ReadOnlyPage;
import jp.hoshin.shared.web.TypedForm;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff home of a municipality: its fiscal years, opening and closing them. */
@Controller
class FiscalYearStaffController {

    /** A compiled template (src/main/jte/staff/municipality-home.jte): every signed-in member of staff lands here. */
    static final String VIEW = "jte:staff/municipality-home";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Access access;
    private final ObjectProvider<StaffHomePanel> panels;

    FiscalYearStaffController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Access access,
            ObjectProvider<StaffHomePanel> panels) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.access = access;
        this.panels = panels;
    }

    @GetMapping("/staff/m/{code}")
    @ReadOnlyPage
    String home(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        var staff = access.requireStaff();
        var years = fiscalYears.list(m.code());
        model.addAttribute(
                "homePanels",
                panels.orderedStream()
                        .flatMap(p -> p.content(staff, m.code()).stream())
                        .toList());
        model.addAttribute("municipality", m);
        model.addAttribute("years", years);
        model.addAttribute("canAdminister", access.canAdminister(m.code()));
        model.addAttribute("canReview", access.canReview(m.code()));
        model.addAttribute(
                "suggestedYear",
                years.stream()
                        .findFirst()
                        .map(y -> y.year().next().startYear())
                        .orElse(FiscalYear.current().startYear()));
        return VIEW;
    }

    @PostMapping("/staff/m/{code}/years")
    String open(@PathVariable String code, @RequestParam("year") String yearText, RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        var year = JapaneseText.parseWholeNumber(yearText).filter(y -> y >= 1989 && y <= 2200);
        if (year.isEmpty()) {
            TypedForm.keep(redirect, new FieldRefusal("year", Messages.get("fiscalYear.form.year")));
            return "redirect:/staff/m/" + m.code();
        }
        try {
            FiscalYearView opened =
                    fiscalYears.open(m.code(), FiscalYear.of(year.get().intValue()), access.currentUsername());
            redirect.addFlashAttribute(
                    "flash",
                    Messages.get("fiscalYear.flash.opened", opened.year().label()));
        } catch (BusinessRuleException e) {
            TypedForm.keep(redirect, new FieldRefusal("year", e.getMessage(), e));
        }
        return "redirect:/staff/m/" + m.code();
    }

    @PostMapping("/staff/m/{code}/years/{year}/close")
    String close(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam long version,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        fiscalYears.close(m.code(), year, version, access.currentUsername());
        redirect.addFlashAttribute(
                "flash",
                Messages.get("fiscalYear.flash.closed", FiscalYear.of(year).label()));
        return "redirect:/staff/m/" + m.code();
    }

    @PostMapping("/staff/m/{code}/years/{year}/reopen")
    String reopen(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam long version,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        fiscalYears.reopen(m.code(), year, version);
        redirect.addFlashAttribute(
                "flash",
                Messages.get("fiscalYear.flash.reopened", FiscalYear.of(year).label()));
        return "redirect:/staff/m/" + m.code();
    }
}
