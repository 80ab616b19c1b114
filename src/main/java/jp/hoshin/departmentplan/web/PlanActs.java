package jp.hoshin.departmentplan.web;

import java.util.function.Supplier;

import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.web.TypedForm;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every act on a department plan page ends: back on the plan's page (redirect after POST) with what was done, or with
 * why it was refused (a rule, someone else's change, bad input), nothing changed and what was typed shown again, the
 * message also next to the field it names ({@link TypedForm}, read by the templates as {@code @typed}).
 */
@Component
class PlanActs {

    private final Municipalities municipalities;

    PlanActs(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    /** Runs the act; its text is the flash message. Returns the redirect to the plan's page. */
    String run(PlanReference ref, RedirectAttributes redirect, Supplier<String> act) {
        return run(ref, redirect, act, () -> {});
    }

    /** As {@link #run(PlanReference, RedirectAttributes, Supplier)}; {@code whenRefused} keeps what was typed for the page. */
    String run(PlanReference ref, RedirectAttributes redirect, Supplier<String> act, Runnable whenRefused) {
        String code = municipalities.get(ref.municipalityCode()).code();
        try {
            redirect.addFlashAttribute("flash", act.get());
        } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
            TypedForm.keep(redirect, e);
            whenRefused.run();
        }
        return "redirect:" + page(code, ref.year(), ref.departmentCode());
    }

    static String page(String code, int year, String department) {
        return "/staff/m/" + code + "/" + year + "/plans/" + department;
    }
}
