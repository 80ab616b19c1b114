package jp.hoshin.departmentplan.web;

import jakarta.servlet.http.HttpServletRequest;

import jp.hoshin.customfield.CustomFields;
import jp.hoshin.customfield.ExtraFieldsRefusedException;
import jp.hoshin.customfield.RefusedInput;
import jp.hoshin.departmentplan.PlanExtraFields;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.identity.Access;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department's editors write the 独自項目 (extra fields) of the draft plan and of its projects; a wrong value comes
 * back next to its field with what was typed, nothing saved.
 */
@Controller
class PlanExtraFieldController {

    private static final String PLAN = "/staff/m/{code}/{year}/plans/{department}";

    private final PlanExtraFields extraFields;
    private final Access access;
    private final PlanActs acts;

    PlanExtraFieldController(PlanExtraFields extraFields, Access access, PlanActs acts) {
        this.extraFields = extraFields;
        this.access = access;
        this.acts = acts;
    }

    @PostMapping(PLAN + "/extra-fields")
    String write(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam long version,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        PlanReference ref = new PlanReference(code, year, department);
        var typed = CustomFields.typed(request.getParameterMap());
        return run(ref, redirect, "plan", () -> {
            extraFields.write(ref, version, typed);
            return Messages.get("plan.extraFields.saved");
        });
    }

    @PostMapping(PLAN + "/projects/{number}/extra-fields")
    String writeProject(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @PathVariable int number,
            @RequestParam long version,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        PlanReference ref = new PlanReference(code, year, department);
        var typed = CustomFields.typed(request.getParameterMap());
        return run(ref, redirect, "project-" + number, () -> {
            extraFields.writeProject(ref, version, number, typed);
            return Messages.get("plan.extraFields.projectSaved", number);
        });
    }

    private String run(
            PlanReference ref, RedirectAttributes redirect, String form, java.util.function.Supplier<String> act) {
        RefusedInput[] refused = {null};
        String page = acts.run(
                ref,
                redirect,
                () -> {
                    try {
                        return act.get();
                    } catch (ExtraFieldsRefusedException e) {
                        refused[0] = RefusedInput.of(form, e);
                        throw e;
                    }
                },
                () -> {
                    if (refused[0] != null) {
                        redirect.addFlashAttribute("extraRefused", refused[0]);
                    }
                });
        return page;
    }
}
