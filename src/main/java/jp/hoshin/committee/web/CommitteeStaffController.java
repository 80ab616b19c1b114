package jp.hoshin.committee.web;

import jp.hoshin.committee.Committees;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static jp.hoshin.committee.web.CommitteePage.PAGE;
import static jp.hoshin.committee.web.CommitteePage.redirect;

/**
 * 外部評価委員会 (staff): the committee of a year itself — its page, its name, its 公表 and the withdrawal of it. The
 * planning section writes; the mayor's office and viewers read; a department's editor reads the measures its
 * departments own. Members and meetings: {@link CommitteeMemberController}, {@link CommitteeMeetingController}.
 */
@Controller
class CommitteeStaffController {

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Committees committees;
    private final CommitteePage page;
    private final Access access;

    CommitteeStaffController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Committees committees,
            CommitteePage page,
            Access access) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.committees = committees;
        this.page = page;
        this.access = access;
    }

    @GetMapping(PAGE)
    String view(@PathVariable String code, @PathVariable int fy, Model model) {
        MunicipalityView m = municipalities.get(code);
        return page.show(m, fy, StaffReader.of(access, m.code()), null, null, null, null, model);
    }

    @PostMapping(PAGE)
    String name(
            @PathVariable String code,
            @PathVariable int fy,
            @ModelAttribute("committeeForm") CommitteeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        StaffReader.year(fy);
        String name = CommitteeForms.committeeName(form, errors);
        if (name != null) {
            try {
                if (committees.find(m.code(), fy).isEmpty()) {
                    if (fiscalYears.find(m.code(), fy).isEmpty()) {
                        throw new NotFoundException(Messages.get("committee.yearNotFound"));
                    }
                    committees.establish(m.code(), fy, name);
                } else {
                    committees.rename(m.code(), fy, form.getVersion(), name);
                }
                redirect.addFlashAttribute("flash", Messages.get("committee.flash.saved", name));
                return redirect(m.code(), fy);
            } catch (ConcurrentEditException e) {
                errors.reject("conflict", e.getMessage());
            } catch (BusinessRuleException e) {
                errors.rejectValue("committeeName", "rule", e.getMessage());
            }
        }
        return page.show(m, fy, StaffReader.of(access, m.code()), form, null, null, null, model);
    }

    @PostMapping(PAGE + "/publish")
    String publish(
            @PathVariable String code, @PathVariable int fy, @RequestParam long version, RedirectAttributes redirect) {
        return page.actAndReturn(code, fy, redirect, () -> {
            committees.publish(code, fy, version, access.currentUsername());
            return Messages.get("committee.flash.published");
        });
    }

    @PostMapping(PAGE + "/withdraw")
    String withdraw(
            @PathVariable String code, @PathVariable int fy, @RequestParam long version, RedirectAttributes redirect) {
        return page.actAndReturn(code, fy, redirect, () -> {
            committees.withdraw(code, fy, version);
            return Messages.get("committee.flash.withdrawn");
        });
    }
}
