package jp.hoshin.departmentplan.web;

import java.util.List;

import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanCarryOver;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.identity.Access;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The department's editors write the draft: the plan's texts and resources, projects, carry-over, links to plan elements. */
@Controller
class PlanEditController {

    private static final String PLAN = "/staff/m/{code}/{year}/plans/{department}";

    private final DepartmentPlans plans;
    private final PlanCarryOver carryOvers;
    private final Access access;
    private final PlanActs acts;

    PlanEditController(DepartmentPlans plans, PlanCarryOver carryOvers, Access access, PlanActs acts) {
        this.plans = plans;
        this.carryOvers = carryOvers;
        this.access = access;
        this.acts = acts;
    }

    @PostMapping(PLAN + "/start")
    String start(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(ref, redirect, () -> {
            plans.startDraft(ref);
            return Messages.get("plan.flash.started");
        });
    }

    @PostMapping(PLAN + "/content")
    String write(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @ModelAttribute PlanForms.ContentForm form,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(ref, redirect, () -> {
            plans.write(ref, form.edited(), form.content(), form.departmentVersion());
            return Messages.get("plan.flash.contentSaved");
        });
    }

    @PostMapping(PLAN + "/projects")
    String addProject(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @ModelAttribute PlanForms.NewProjectForm form,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(ref, redirect, () -> {
            plans.addProject(ref, form.edited(), form.content());
            return Messages.get("plan.flash.projectAdded");
        });
    }

    @PostMapping(PLAN + "/carry-over")
    String carryOver(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam long version,
            @RequestParam(name = "project", required = false) @Nullable List<Long> projectIds,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(ref, redirect, () -> {
            if (projectIds == null || projectIds.isEmpty()) {
                throw new BusinessRuleException(Messages.get("plan.carryOver.noneChosen"));
            }
            carryOvers.carryOver(ref, version, projectIds);
            return Messages.get("plan.flash.carriedOver", projectIds.size());
        });
    }

    /** Edits a project and its target indicators: each row is a target's text with its optional structured values. */
    @PostMapping(PLAN + "/projects/{number}")
    String reviseProject(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @PathVariable int number,
            @ModelAttribute PlanForms.ProjectForm form,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(ref, redirect, () -> {
            plans.reviseProject(ref, form.edited(), number, form.content());
            return Messages.get("plan.flash.projectSaved", number);
        });
    }

    @PostMapping(PLAN + "/projects/{number}/remove")
    String removeProject(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @PathVariable int number,
            @RequestParam long version,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(ref, redirect, () -> {
            plans.removeProject(ref, version, number);
            return Messages.get("plan.flash.projectRemoved", number);
        });
    }

    /** Links a project to the measure, main project or action-plan item it serves (or removes the link). */
    @PostMapping(PLAN + "/projects/{number}/link")
    String linkProject(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @PathVariable int number,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String element,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        String key = JapaneseText.fold(element);
        PlanReference ref = new PlanReference(code, year, department);
        return acts.run(ref, redirect, () -> {
            plans.linkProject(ref, version, number, key.isEmpty() ? null : key);
            return key.isEmpty()
                    ? Messages.get("plan.flash.unlinked", number)
                    : Messages.get("plan.flash.linked", number);
        });
    }
}
