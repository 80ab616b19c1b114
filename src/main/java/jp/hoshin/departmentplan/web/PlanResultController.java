package jp.hoshin.departmentplan.web;

import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanResults;
import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.ProgressScales;
import jp.hoshin.departmentplan.ScaleKind;
import jp.hoshin.identity.Access;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** After the year: each project's result, the 総括, and the results' own 提出 → 協議 → 確定 → 公表 with 差し戻し. */
@Controller
class PlanResultController {

    private static final String PLAN = "/staff/m/{code}/{year}/plans/{department}";

    private final PlanResults results;
    private final Access access;
    private final PlanActs acts;
    private final ProgressScales scales;

    PlanResultController(PlanResults results, Access access, PlanActs acts, ProgressScales scales) {
        this.results = results;
        this.scales = scales;
        this.access = access;
        this.acts = acts;
    }

    /** A refused result comes back with what was typed (the page shows {@code refusedResult} in that project's form). */
    @PostMapping(PLAN + "/projects/{number}/result")
    String recordResult(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @PathVariable int number,
            @ModelAttribute PlanForms.ResultForm form,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(
                ref,
                redirect,
                () -> {
                    String label = form.label(
                            number, scales.scale(code, ScaleKind.RESULT).labels());
                    results.recordResult(ref, form.edited(), number, label, form.explanationText(), form.actuals());
                    return Messages.get("plan.flash.resultRecorded", number, label);
                },
                () -> redirect.addFlashAttribute("refusedResult", form.typed(number)));
    }

    @PostMapping(PLAN + "/summary")
    String summarize(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String summary,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(ref, redirect, () -> {
            results.summarize(ref, version, summary);
            return Messages.get("plan.flash.summarySaved");
        });
    }

    /** The results' steps: 提出 (department), 協議 and 公表 (planning section), 確定 and 差し戻し (reviewers). */
    @PostMapping(PLAN + "/results/{step:submit|consult|send-back|finalize|publish}")
    String resultStep(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @PathVariable String step,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        PlanStatus to = switch (step) {
            case "submit" -> PlanStatus.SUBMITTED;
            case "consult" -> PlanStatus.IN_CONSULTATION;
            case "send-back" -> PlanStatus.DRAFT;
            case "finalize" -> PlanStatus.FINALIZED;
            default -> PlanStatus.PUBLISHED;
        };
        switch (to) {
            case SUBMITTED -> access.requireDepartmentEdit(code, department);
            case DRAFT, FINALIZED -> access.requireReview(code);
            default -> access.requireAdminister(code);
        }
        String by = access.currentUsername();
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(ref, redirect, () -> {
            results.moveResults(ref, version, to, by, PlanForms.opt(comment));
            return Messages.get("plan.flash.resultsMoved", to.label());
        });
    }
}
