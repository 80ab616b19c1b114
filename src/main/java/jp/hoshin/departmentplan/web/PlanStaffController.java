package jp.hoshin.departmentplan.web;

import java.util.List;

import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanCarryOver;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.PolicyPlans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Staff pages of the department plans (運営方針と目標): the planning section's overview of the year, and one department's
 * plan with the buttons of the acts each role may take. The acts are posted to {@link PlanEditController} (the draft),
 * {@link PlanStepController} (workflow steps and consultation comments) and {@link PlanResultController} (results).
 */
@Controller
class PlanStaffController {

    static final String OVERVIEW_VIEW = "staff/plans";
    static final String PLAN_VIEW = "staff/plan";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final DepartmentPlans plans;
    private final PlanWorkflow workflow;
    private final PlanCarryOver carryOvers;
    private final Access access;
    private final PolicyPlans policyPlans;
    private final jp.hoshin.departmentplan.MidYearCheckpoints midYearCheckpoints;
    private final jp.hoshin.departmentplan.PlanCopy copy;
    private final jp.hoshin.departmentplan.ProgressScales scales;
    private final jp.hoshin.departmentplan.PlanPublicationNames names;
    private final jp.hoshin.departmentplan.PlanExtraFields extraFields;

    PlanStaffController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            DepartmentPlans plans,
            PlanWorkflow workflow,
            PlanCarryOver carryOvers,
            Access access,
            PolicyPlans policyPlans,
            jp.hoshin.departmentplan.MidYearCheckpoints midYearCheckpoints,
            jp.hoshin.departmentplan.PlanCopy copy,
            jp.hoshin.departmentplan.ProgressScales scales,
            jp.hoshin.departmentplan.PlanPublicationNames names,
            jp.hoshin.departmentplan.PlanExtraFields extraFields) {
        this.scales = scales;
        this.names = names;
        this.extraFields = extraFields;
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.plans = plans;
        this.workflow = workflow;
        this.carryOvers = carryOvers;
        this.access = access;
        this.policyPlans = policyPlans;
        this.midYearCheckpoints = midYearCheckpoints;
        this.copy = copy;
    }

    @GetMapping("/staff/m/{code}/{year}/plans")
    String overview(@PathVariable String code, @PathVariable int year, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fiscalYears.get(m.code(), year));
        List<DepartmentPlans.PlanOverviewLine> lines = plans.overview(m.code(), year);
        model.addAttribute("lines", lines);
        model.addAttribute("publicationNames", names.names(m.code()));
        // the proof booklet exists once a department has started its plan (before that its link would answer 404)
        model.addAttribute(
                "canProof", access.canReview(m.code()) && lines.stream().anyMatch(l -> l.status() != null));
        model.addAttribute(
                "workbookDepartments",
                lines.stream()
                        .map(DepartmentPlans.PlanOverviewLine::departmentCode)
                        .filter(d -> access.canEditDepartment(m.code(), d))
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute(
                "notSubmitted",
                lines.stream()
                        .filter(l -> l.status() == null || l.status() == PlanStatus.DRAFT)
                        .map(DepartmentPlans.PlanOverviewLine::departmentName)
                        .toList());
        return OVERVIEW_VIEW;
    }

    @GetMapping("/staff/m/{code}/{year}/plans/{department}")
    String plan(@PathVariable String code, @PathVariable int year, @PathVariable String department, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        DepartmentView d = organization.department(m.code(), year, department);
        var plan = plans.find(ref(m.code(), year, d.code())).orElse(null);
        boolean editor = access.canEditDepartment(m.code(), d.code());
        boolean reviewer = access.canReview(m.code());
        boolean admin = access.canAdminister(m.code());
        PlanStatus status = plan == null ? null : plan.status();
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("department", d);
        model.addAttribute("publicationNames", names.names(m.code()));
        model.addAttribute("plan", plan);
        model.addAttribute("steps", plan == null ? List.of() : workflow.steps(plan.id()));
        model.addAttribute("canStart", plan == null && editor && fy.open());
        model.addAttribute("canExport", editor);
        model.addAttribute("canImport", editor && (plan == null ? fy.open() : status == PlanStatus.DRAFT));
        model.addAttribute("canWrite", status == PlanStatus.DRAFT && editor);
        model.addAttribute("canSubmit", status == PlanStatus.DRAFT && editor);
        model.addAttribute("canConsult", status == PlanStatus.SUBMITTED && admin);
        model.addAttribute(
                "canSendBack", (status == PlanStatus.SUBMITTED || status == PlanStatus.IN_CONSULTATION) && reviewer);
        model.addAttribute("canFinalize", status == PlanStatus.IN_CONSULTATION && reviewer);
        model.addAttribute("canPublish", status == PlanStatus.FINALIZED && admin);
        boolean resultsOpen = (status == PlanStatus.FINALIZED || status == PlanStatus.PUBLISHED)
                && (plan.resultStatus() == null || plan.resultStatus() == PlanStatus.DRAFT);
        PlanStatus results = plan == null ? null : plan.resultStatus();
        model.addAttribute("canWriteResults", resultsOpen && editor);
        model.addAttribute("canSubmitResults", results == PlanStatus.DRAFT && editor);
        model.addAttribute("canConsultResults", results == PlanStatus.SUBMITTED && admin);
        model.addAttribute(
                "canSendBackResults",
                (results == PlanStatus.SUBMITTED || results == PlanStatus.IN_CONSULTATION) && reviewer);
        model.addAttribute("canFinalizeResults", results == PlanStatus.IN_CONSULTATION && reviewer);
        model.addAttribute("canPublishResults", results == PlanStatus.FINALIZED && admin);
        model.addAttribute(
                "achievements",
                scales.scale(m.code(), jp.hoshin.departmentplan.ScaleKind.RESULT)
                        .labels());
        model.addAttribute(
                "canRevise", (status == PlanStatus.FINALIZED || status == PlanStatus.PUBLISHED) && (editor || admin));
        boolean planInConsultation = status == PlanStatus.SUBMITTED || status == PlanStatus.IN_CONSULTATION;
        boolean resultsInConsultation = results == PlanStatus.SUBMITTED || results == PlanStatus.IN_CONSULTATION;
        model.addAttribute(
                "canComment",
                fy.open() && (planInConsultation || resultsInConsultation) && (reviewer || admin || editor));
        model.addAttribute("commentOnResults", !planInConsultation && resultsInConsultation);
        List<PolicyPlans.LinkableElement> linkable = policyPlans.linkable(m.code());
        model.addAttribute(
                "linkable",
                linkable.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                PolicyPlans.LinkableElement::key, e -> e, (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("linkableGroups", PolicyPlans.LinkableElement.byPlan(linkable));
        model.addAttribute(
                "unfinished",
                status == PlanStatus.DRAFT && editor
                        ? carryOvers.unfinishedFromEarlierYear(ref(m.code(), year, d.code()))
                        : List.of());
        // between years: 前年度の内容を写す (a new or draft plan), the mid-year checks of a finalised plan, compare
        boolean finalisedOnce = plan != null
                && (status == PlanStatus.FINALIZED || status == PlanStatus.PUBLISHED || plan.revision() > 0);
        model.addAttribute(
                "copySource",
                editor && fy.open() && (plan == null || status == PlanStatus.DRAFT && plan.revision() == 0)
                        ? copy.source(ref(m.code(), year, d.code())).orElse(null)
                        : null);
        model.addAttribute(
                "midYearCheckpoints", finalisedOnce ? midYearCheckpoints.checkpoints(m.code(), year) : List.of());
        model.addAttribute(
                "extraFields",
                plan == null
                        ? jp.hoshin.departmentplan.PlanExtraFields.Editing.NONE
                        : extraFields.editing(m.code(), plan));
        if (plan != null) {
            model.addAttribute(
                    "sectionRolesText",
                    String.join(
                            "\n",
                            plan.content().sectionRoles().stream()
                                    .map(r -> r.section() + "：" + r.role())
                                    .toList()));
        }
        return PLAN_VIEW;
    }

    private static PlanReference ref(String code, int year, String department) {
        return new PlanReference(code, year, department);
    }
}
