package jp.hoshin.departmentplan.web;

import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.identity.Access;
import jp.hoshin.shared.FieldRefusal;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan's workflow: 提出・協議開始・確定・公表, 差し戻し, 改訂 and the consultation's comments, each for the roles that may take it. */
@Controller
class PlanStepController {

    private static final String PLAN = "/staff/m/{code}/{year}/plans/{department}";

    private final PlanWorkflow workflow;
    private final Access access;
    private final PlanActs acts;

    PlanStepController(PlanWorkflow workflow, Access access, PlanActs acts) {
        this.workflow = workflow;
        this.access = access;
        this.acts = acts;
    }

    /** 提出・協議開始・確定・公表: each step only for the roles that may take it. */
    @PostMapping(PLAN + "/{step:submit|consult|finalize|publish}")
    String step(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @PathVariable String step,
            @RequestParam long version,
            RedirectAttributes redirect) {
        switch (step) {
            case "submit" -> access.requireDepartmentEdit(code, department);
            case "finalize" -> access.requireReview(code);
            default -> access.requireAdminister(code);
        }
        String by = access.currentUsername();
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(ref, redirect, () -> switch (step) {
            case "submit" -> {
                workflow.submit(ref, version, by);
                yield Messages.get("plan.flash.submitted");
            }
            case "consult" -> {
                workflow.startConsultation(ref, version, by);
                yield Messages.get("plan.flash.consultationStarted");
            }
            case "finalize" -> {
                workflow.finalizeAfterConsultation(ref, version, by);
                yield Messages.get("plan.flash.finalized");
            }
            default -> {
                workflow.publish(ref, version, by);
                yield Messages.get("plan.flash.published");
            }
        });
    }

    @PostMapping(PLAN + "/send-back")
    String sendBack(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        access.requireReview(code);
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(ref, redirect, () -> {
            workflow.sendBack(ref, version, access.currentUsername(), comment);
            return Messages.get("plan.flash.sentBack");
        });
    }

    @PostMapping(PLAN + "/revise")
    String revise(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(ref, redirect, () -> {
            workflow.startRevision(ref, version, access.currentUsername(), reason);
            return Messages.get("plan.flash.revisionStarted");
        });
    }

    /** A comment in the consultation: planning section, mayor's office and the department's own editors. */
    @PostMapping(PLAN + "/comments")
    String comment(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam(defaultValue = "false") boolean results,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        if (!access.canReview(code) && !access.canEditDepartment(code, department)) {
            throw new AccessDeniedException(Messages.get("plan.comment.forbidden"));
        }
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(ref, redirect, () -> {
            if (JapaneseText.text(comment).isEmpty()) {
                throw new FieldRefusal("comment", Messages.get("departmentplan.comment.required"));
            }
            workflow.comment(ref, results, access.currentUsername(), JapaneseText.text(comment));
            return Messages.get("plan.flash.commented");
        });
    }
}
