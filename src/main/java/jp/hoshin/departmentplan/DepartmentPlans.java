package jp.hoshin.departmentplan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.DepartmentProfile;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 各部の運営方針と目標 — the department plans of a year as staff read and write them: the overview, a plan as it
 * stands, and the draft (parts 1–3, projects, their links to the city's plans, a whole workbook at once). The workflow
 * is {@link PlanWorkflow}; results {@link PlanResults}; carry-over {@link PlanCarryOver}; what citizens read
 * {@link PublishedPlans}. Callers check roles ({@code jp.hoshin.identity.Access}) before calling; this service checks
 * states and versions.
 */
@Service
public class DepartmentPlans {

    private final DepartmentPlanRepository plans;
    private final PlanStore store;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final PolicyPlans policyPlans;
    private final PlanWorkflow workflow;
    private final PlanResults results;

    DepartmentPlans(
            DepartmentPlanRepository plans,
            PlanStore store,
            FiscalYears fiscalYears,
            Organization organization,
            PolicyPlans policyPlans,
            PlanWorkflow workflow,
            PlanResults results) {
        this.plans = plans;
        this.store = store;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.policyPlans = policyPlans;
        this.workflow = workflow;
        this.results = results;
    }

    // ---- reading ----

    /** One line of the planning section's overview: a department and where its plan stands (null = 未作成). */
    public record PlanOverviewLine(
            String departmentCode,
            String departmentName,
            @Nullable PlanStatus status) {}

    /** A department's plan as the planning section reads it, in whatever state it is. */
    public record PlanOfDepartment(String departmentCode, String departmentName, DepartmentPlanView plan) {}

    @Transactional(readOnly = true)
    public List<PlanOverviewLine> overview(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        Map<String, DepartmentPlan> byCode = plansByDepartment(fy);
        return organization.departments(fy).stream()
                .map(d -> new PlanOverviewLine(
                        d.code(),
                        d.name(),
                        byCode.containsKey(d.code()) ? byCode.get(d.code()).status() : null))
                .toList();
    }

    /** Every plan of the year as it stands now (drafts included, with results), in department order: for staff only. */
    @Transactional(readOnly = true)
    public List<PlanOfDepartment> currentPlans(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        Map<String, DepartmentPlan> byCode = plansByDepartment(fy);
        return organization.departments(fy).stream()
                .flatMap(d -> Optional.ofNullable(byCode.get(d.code()))
                        .map(p -> new PlanOfDepartment(d.code(), d.name(), p.view(store.missionAndResources(p, d))))
                        .stream())
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentPlanView> find(PlanReference ref) {
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        return plans.findByFiscalYearIdAndDepartmentCode(fy.id(), ref.departmentCode())
                .map(store::view);
    }

    private Map<String, DepartmentPlan> plansByDepartment(FiscalYearView fy) {
        return plans.findByFiscalYearId(fy.id()).stream()
                .collect(Collectors.toMap(DepartmentPlan::departmentCode, Function.identity()));
    }

    // ---- the draft ----

    /** Starts the plan of a department, taking mission and resources from the organisation of the year. */
    @Transactional
    public DepartmentPlanView startDraft(PlanReference ref) {
        return store.view(newDraft(ref));
    }

    /**
     * What a new draft of the department starts from: mission and resources from the organisation of
     * the year (the empty template a department fills in before its plan is started).
     */
    @Transactional(readOnly = true)
    public PlanContent initialContent(PlanReference ref) {
        DepartmentProfile p = organization
                .department(ref.municipalityCode(), ref.year(), ref.departmentCode())
                .profile();
        return new PlanContent(p.missionHeadline(), p.mission(), List.of(), p.staffCount(), p.budgetYen(), null);
    }

    private DepartmentPlan newDraft(PlanReference ref) {
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        fy.requireOpen();
        DepartmentView d = organization.department(ref.municipalityCode(), ref.year(), ref.departmentCode());
        if (plans.findByFiscalYearIdAndDepartmentCode(fy.id(), d.code()).isPresent()) {
            throw new BusinessRuleException(Messages.get(
                    "departmentplan.plan.exists", d.name(), fy.year().label()));
        }
        return plans.saveAndFlush(new DepartmentPlan(fy.id(), d.code(), initialContent(ref)));
    }

    /**
     * Replaces the draft as a whole — parts 1–3 and every project — in one transaction, as a
     * department's filled-in workbook does: projects are matched by number (a matched project keeps
     * its result and carry-over link), missing numbers are removed, new ones added. Only what differs
     * is written; an identical draft changes nothing (no version, no revision). {@code editedVersion}
     * is the version the draft was made from; {@code null} means it was made from the empty template
     * before the plan existed, and the plan is started with it.
     */
    @Transactional
    public DraftReplacement replaceDraft(
            PlanReference ref, @Nullable Long editedVersion, PlanContent content, List<ProjectDraft> projects) {
        DepartmentPlan plan;
        if (editedVersion == null) {
            FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
            if (plans.findByFiscalYearIdAndDepartmentCode(fy.id(), ref.departmentCode())
                    .isPresent()) {
                throw new ConcurrentEditException();
            }
            plan = newDraft(ref);
        } else {
            plan = store.load(ref, editedVersion);
        }
        DepartmentPlan.DraftChanges changes =
                plan.replaceDraft(content, projects, store.missionAndResources(plan, null));
        writeMissionAndResources(ref, null, content);
        DepartmentPlanView view = store.flushed(plan);
        return new DraftReplacement(
                view,
                editedVersion == null,
                changes.contentChanged(),
                changes.added(),
                changes.revised(),
                changes.removed());
    }

    /**
     * Writes parts 1–3 of the draft. 使命・目標 and 経営資源 go to the organisation of the year, their one stored value
     * (the department's public page and the plan show the same); {@code departmentVersion} is the version of the
     * department the form showed them from, refused when stale ({@code null}: not checked).
     */
    @Transactional
    public DepartmentPlanView write(
            PlanReference ref, long editedVersion, PlanContent content, @Nullable Long departmentVersion) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        plan.write(content);
        writeMissionAndResources(ref, departmentVersion, content);
        return store.flushed(plan);
    }

    @Transactional
    public DepartmentPlanView write(PlanReference ref, long editedVersion, PlanContent content) {
        return write(ref, editedVersion, content, null);
    }

    private void writeMissionAndResources(PlanReference ref, @Nullable Long departmentVersion, PlanContent content) {
        organization.writeMissionAndResources(
                ref.municipalityCode(),
                ref.year(),
                ref.departmentCode(),
                departmentVersion,
                content.missionHeadline(),
                content.mission(),
                content.staffCount(),
                content.budgetYen());
    }

    @Transactional
    public DepartmentPlanView addProject(PlanReference ref, long editedVersion, ProjectContent content) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        plan.addProject(content);
        return store.flushed(plan);
    }

    @Transactional
    public DepartmentPlanView reviseProject(PlanReference ref, long editedVersion, int number, ProjectContent content) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        plan.reviseProject(number, content);
        return store.flushed(plan);
    }

    /**
     * Links a project to an element of the municipality's plans (施策・主要事業・個別課題), or removes
     * the link ({@code elementKey} null). The element must exist.
     */
    @Transactional
    public DepartmentPlanView linkProject(
            PlanReference ref, long editedVersion, int number, @Nullable String elementKey) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        if (elementKey != null
                && policyPlans.linkable(ref.municipalityCode()).stream()
                        .noneMatch(e -> e.key().equals(elementKey))) {
            throw new BusinessRuleException(Messages.get("departmentplan.link.elementMissing", elementKey));
        }
        plan.linkProject(number, elementKey);
        return store.flushed(plan);
    }

    @Transactional
    public DepartmentPlanView removeProject(PlanReference ref, long editedVersion, int number) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        plan.removeProject(number);
        return store.flushed(plan);
    }
}
