package jp.hoshin.departmentplan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.organization.DepartmentProfile;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The department plans of a year: writing them, moving them through 提出 → 協議 → 確定 → 公表 (each
 * step recorded with who and when, all or nothing), and recording results. Callers check roles
 * ({@code jp.hoshin.identity.Access}) before calling; this service checks states and versions.
 */
@Service
public class DepartmentPlans {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DepartmentPlanRepository plans;
    private final PlanStepRepository steps;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final Clock clock;
    private final PolicyPlans policyPlans;

    DepartmentPlans(DepartmentPlanRepository plans, PlanStepRepository steps, FiscalYears fiscalYears, Organization organization,
                    Clock clock, PolicyPlans policyPlans) {
        this.plans = plans;
        this.steps = steps;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.clock = clock;
        this.policyPlans = policyPlans;
    }

    /** One line of the planning section's overview: a department and where its plan stands (null = 未作成). */
    public record PlanOverviewLine(String departmentCode, String departmentName, @Nullable PlanStatus status) {
    }

    /** A department's plan as citizens may read it. */
    public record PublishedPlan(String departmentCode, String departmentName, DepartmentPlanView plan) {
    }

    @Transactional(readOnly = true)
    public List<PlanOverviewLine> overview(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        Map<String, DepartmentPlan> byCode = plansByDepartment(fy);
        return organization.departments(fy).stream()
                .map(d -> new PlanOverviewLine(d.code(), d.name(), byCode.containsKey(d.code()) ? byCode.get(d.code()).status() : null))
                .toList();
    }

    /** The plans of the year citizens can read (published, or finalised before a revision), in department order. */
    @Transactional(readOnly = true)
    public List<PublishedPlan> publishedPlans(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        Map<String, DepartmentPlan> byCode = plansByDepartment(fy);
        return organization.departments(fy).stream()
                .flatMap(d -> Optional.ofNullable(byCode.get(d.code())).flatMap(DepartmentPlans::publicView)
                        .map(v -> new PublishedPlan(d.code(), d.name(), v)).stream())
                .toList();
    }

    /** A department's plan as the planning section reads it, in whatever state it is. */
    public record PlanOfDepartment(String departmentCode, String departmentName, DepartmentPlanView plan) {
    }

    /** Every plan of the year as it stands now (drafts included, with results), in department order: for staff only. */
    @Transactional(readOnly = true)
    public List<PlanOfDepartment> currentPlans(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        Map<String, DepartmentPlan> byCode = plansByDepartment(fy);
        return organization.departments(fy).stream()
                .flatMap(d -> Optional.ofNullable(byCode.get(d.code())).map(p -> new PlanOfDepartment(d.code(), d.name(), p.view())).stream())
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentPlanView> find(String municipalityCode, int year, String departmentCode) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        return plans.findByFiscalYearIdAndDepartmentCode(fy.id(), departmentCode).map(DepartmentPlan::view);
    }

    /** Starts the plan of a department, taking mission and resources from the organisation of the year. */
    @Transactional
    public DepartmentPlanView startDraft(String municipalityCode, int year, String departmentCode) {
        return newDraft(municipalityCode, year, departmentCode).view();
    }

    /**
     * What a new draft of the department starts from: mission and resources from the organisation of
     * the year (the empty template a department fills in before its plan is started).
     */
    @Transactional(readOnly = true)
    public PlanContent initialContent(String municipalityCode, int year, String departmentCode) {
        DepartmentProfile p = organization.department(municipalityCode, year, departmentCode).profile();
        return new PlanContent(p.missionHeadline(), p.mission(), List.of(), p.staffCount(), p.budgetYen(), null);
    }

    private DepartmentPlan newDraft(String municipalityCode, int year, String departmentCode) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        fy.requireOpen();
        DepartmentView d = organization.department(municipalityCode, year, departmentCode);
        if (plans.findByFiscalYearIdAndDepartmentCode(fy.id(), d.code()).isPresent()) {
            throw new BusinessRuleException(d.name() + "の" + fy.year().label() + "の運営方針と目標は既にあります。");
        }
        return plans.saveAndFlush(new DepartmentPlan(fy.id(), d.code(), initialContent(municipalityCode, year, departmentCode)));
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
    public DraftReplacement replaceDraft(String municipalityCode, int year, String departmentCode, @Nullable Long editedVersion,
                                         PlanContent content, List<ProjectDraft> projects) {
        DepartmentPlan plan;
        if (editedVersion == null) {
            FiscalYearView fy = fiscalYears.get(municipalityCode, year);
            if (plans.findByFiscalYearIdAndDepartmentCode(fy.id(), departmentCode).isPresent()) {
                throw new ConcurrentEditException();
            }
            plan = newDraft(municipalityCode, year, departmentCode);
        } else {
            plan = load(municipalityCode, year, departmentCode, editedVersion);
        }
        DepartmentPlan.DraftChanges changes = plan.replaceDraft(content, projects);
        DepartmentPlanView view = flushed(plan);
        return new DraftReplacement(view, editedVersion == null, changes.contentChanged(), changes.added(), changes.revised(),
                changes.removed());
    }

    @Transactional
    public DepartmentPlanView write(String municipalityCode, int year, String departmentCode, long editedVersion, PlanContent content) {
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        plan.write(content);
        return flushed(plan);
    }

    @Transactional
    public DepartmentPlanView addProject(String municipalityCode, int year, String departmentCode, long editedVersion,
                                         ProjectContent content) {
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        plan.addProject(content);
        return flushed(plan);
    }

    @Transactional
    public DepartmentPlanView reviseProject(String municipalityCode, int year, String departmentCode, long editedVersion,
                                            int number, ProjectContent content) {
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        plan.reviseProject(number, content);
        return flushed(plan);
    }

    /**
     * Links a project to an element of the municipality's plans (施策・主要事業・個別課題), or removes
     * the link ({@code elementKey} null). The element must exist.
     */
    @Transactional
    public DepartmentPlanView linkProject(String municipalityCode, int year, String departmentCode, long editedVersion, int number,
                                          @Nullable String elementKey) {
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        if (elementKey != null && policyPlans.linkable(municipalityCode).stream().noneMatch(e -> e.key().equals(elementKey))) {
            throw new BusinessRuleException("関連付ける施策・個別課題「" + elementKey + "」は登録されていません。");
        }
        plan.linkProject(number, elementKey);
        return flushed(plan);
    }

    @Transactional
    public DepartmentPlanView removeProject(String municipalityCode, int year, String departmentCode, long editedVersion, int number) {
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        plan.removeProject(number);
        return flushed(plan);
    }

    @Transactional
    public DepartmentPlanView submit(String municipalityCode, int year, String departmentCode, long editedVersion, String by) {
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        return step(plan, plan.submit(), by, null);
    }

    @Transactional
    public DepartmentPlanView startConsultation(String municipalityCode, int year, String departmentCode, long editedVersion,
                                                String by) {
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        return step(plan, plan.startConsultation(), by, null);
    }

    @Transactional
    public DepartmentPlanView sendBack(String municipalityCode, int year, String departmentCode, long editedVersion, String by,
                                       String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("差し戻す理由（コメント）を入力してください。");
        }
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        return step(plan, plan.sendBack(), by, comment.strip());
    }

    /**
     * A comment in the consultation (協議) of the plan or of its results, by the planning section, the
     * mayor's office or the department: kept in the plan's record of steps with who and when. Only while
     * the plan (or its results) is 提出 or 協議; the plan itself does not change.
     */
    @Transactional
    public void comment(String municipalityCode, int year, String departmentCode, boolean results, String by, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("コメントを入力してください。");
        }
        if (comment.length() > 4000) {
            throw new BusinessRuleException("コメントは4,000文字以内にしてください。");
        }
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        fy.requireOpen();
        DepartmentPlan plan = plans.findByFiscalYearIdAndDepartmentCode(fy.id(), departmentCode)
                .orElseThrow(() -> new NotFoundException(fy.year().label() + "の「" + departmentCode + "」の運営方針と目標はまだありません。"));
        PlanStatus status = results ? plan.resultStatus() : plan.status();
        if (status != PlanStatus.SUBMITTED && status != PlanStatus.IN_CONSULTATION) {
            throw new BusinessRuleException("コメントは、" + (results ? "結果" : "運営方針と目標") + "が提出または協議中のときに書けます。");
        }
        steps.save(new PlanStep(plan.id(), results ? "RESULTS" : "PLAN", status, status, by, clock.instant(), comment.strip()));
    }

    @Transactional
    public DepartmentPlanView finalizeAfterConsultation(String municipalityCode, int year, String departmentCode,
                                                        long editedVersion, String by) {
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        return step(plan, plan.finalizeAfterConsultation(JSON.writeValueAsString(plan.view())), by, null);
    }

    @Transactional
    public DepartmentPlanView publish(String municipalityCode, int year, String departmentCode, long editedVersion, String by) {
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        return step(plan, plan.publish(), by, null);
    }

    @Transactional
    public DepartmentPlanView startRevision(String municipalityCode, int year, String departmentCode, long editedVersion,
                                            String by, String reason) {
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        return step(plan, plan.startRevision(reason), by, reason);
    }

    @Transactional
    public DepartmentPlanView recordResult(String municipalityCode, int year, String departmentCode, long editedVersion, int number,
                                           AchievementStatus result, @Nullable String explanation,
                                           List<@Nullable BigDecimal> actualValues) {
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        plan.recordResult(number, result, explanation, actualValues);
        return flushed(plan);
    }

    @Transactional
    public DepartmentPlanView summarize(String municipalityCode, int year, String departmentCode, long editedVersion,
                                        @Nullable String summary) {
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        plan.summarize(summary == null || summary.isBlank() ? null : summary.strip());
        return flushed(plan);
    }

    /**
     * Moves the results through their own steps: SUBMITTED (提出), IN_CONSULTATION (協議), DRAFT
     * (差し戻し, needs a comment), FINALIZED (確定), PUBLISHED (公表).
     */
    @Transactional
    public DepartmentPlanView moveResults(String municipalityCode, int year, String departmentCode, long editedVersion,
                                          PlanStatus to, String by, @Nullable String comment) {
        if (to == PlanStatus.DRAFT && (comment == null || comment.isBlank())) {
            throw new BusinessRuleException("差し戻す理由（コメント）を入力してください。");
        }
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        PlanStatus from = plan.moveResults(to);
        steps.save(new PlanStep(plan.id(), "RESULTS", from, to, by, clock.instant(), comment));
        return flushed(plan);
    }

    /** The departments whose results of the year are published, with their plans. */
    @Transactional(readOnly = true)
    public List<DepartmentPlanView> publishedResults(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        Map<String, Integer> order = new java.util.HashMap<>();
        List<DepartmentView> departments = organization.departments(fy);
        for (int i = 0; i < departments.size(); i++) {
            order.put(departments.get(i).code(), i);
        }
        return plans.findByFiscalYearId(fy.id()).stream()
                .filter(p -> p.resultStatus() == PlanStatus.PUBLISHED)
                .map(DepartmentPlan::view)
                .sorted(java.util.Comparator.comparing(p -> order.getOrDefault(p.departmentCode(), Integer.MAX_VALUE)))
                .toList();
    }

    /**
     * Goals of the department's latest earlier plan that were not achieved (一部達成, 着手, 未達成) and
     * are not yet carried into this year's plan: what opening the next year offers to carry over.
     */
    @Transactional(readOnly = true)
    public List<ProjectView> unfinishedFromEarlierYear(String municipalityCode, int year, String departmentCode) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        java.util.Set<Long> carried = plans.findByFiscalYearIdAndDepartmentCode(fy.id(), departmentCode)
                .map(p -> p.view().projects().stream().map(ProjectView::carriedFromId).filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()))
                .orElse(java.util.Set.of());
        return fiscalYears.list(municipalityCode).stream()
                .filter(y -> y.year().compareTo(fy.year()) < 0)
                .map(y -> plans.findByFiscalYearIdAndDepartmentCode(y.id(), departmentCode))
                .flatMap(Optional::stream)
                .findFirst()
                .map(p -> p.view().projects().stream()
                        .filter(pr -> pr.result() != null && pr.result() != AchievementStatus.ACHIEVED)
                        .filter(pr -> !carried.contains(pr.id()))
                        .toList())
                .orElse(List.of());
    }

    /** Carries the chosen unfinished goals into this year's draft, keeping the link to where they came from. */
    @Transactional
    public DepartmentPlanView carryOver(String municipalityCode, int year, String departmentCode, long editedVersion,
                                        List<Long> projectIds) {
        List<ProjectView> offered = unfinishedFromEarlierYear(municipalityCode, year, departmentCode);
        DepartmentPlan plan = load(municipalityCode, year, departmentCode, editedVersion);
        for (Long id : projectIds) {
            ProjectView from = offered.stream().filter(p -> p.id() == id).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("繰り越せる目標ではありません（ID " + id + "）。"));
            plan.addProject(new ProjectContent(from.title(), from.leadSection(), from.description(), from.main(),
                    from.targets().stream().map(t -> new TargetIndicator(t.text(), t.measure(), t.targetValue(), t.unit(),
                            t.deadline(), t.baselineValue(), t.baselineYear(), null)).toList(), from.id()));
        }
        return flushed(plan);
    }

    /** The version citizens see: the finalised snapshot while a revision is being written, else the plan itself. */
    @Transactional(readOnly = true)
    public Optional<DepartmentPlanView> publicVersion(String municipalityCode, int year, String departmentCode) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        return plans.findByFiscalYearIdAndDepartmentCode(fy.id(), departmentCode).flatMap(DepartmentPlans::publicView);
    }

    static Optional<DepartmentPlanView> publicView(DepartmentPlan plan) {
        if (plan.status() == PlanStatus.PUBLISHED) {
            return Optional.of(plan.view().withoutUnpublishedResults());
        }
        String snapshot = plan.publishedSnapshot();
        if (snapshot != null && plan.revision() > 0) {
            return Optional.of(JSON.readValue(snapshot, DepartmentPlanView.class).withoutUnpublishedResults());
        }
        return Optional.empty();
    }

    private Map<String, DepartmentPlan> plansByDepartment(FiscalYearView fy) {
        return plans.findByFiscalYearId(fy.id()).stream().collect(Collectors.toMap(DepartmentPlan::departmentCode, Function.identity()));
    }

    @Transactional(readOnly = true)
    public List<PlanStepView> steps(long planId) {
        return steps.findByPlanIdOrderByTakenAt(planId).stream().map(PlanStep::view).toList();
    }

    private DepartmentPlanView step(DepartmentPlan plan, PlanStatus from, String by, @Nullable String comment) {
        steps.save(new PlanStep(plan.id(), from, plan.status(), by, clock.instant(), comment));
        return flushed(plan);
    }

    private DepartmentPlanView flushed(DepartmentPlan plan) {
        plans.flush();
        return plan.view();
    }

    private DepartmentPlan load(String municipalityCode, int year, String departmentCode, long editedVersion) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        DepartmentPlan plan = plans.lockByFiscalYearIdAndDepartmentCode(fy.id(), departmentCode)
                .orElseThrow(() -> new NotFoundException(fy.year().label() + "の「" + departmentCode + "」の運営方針と目標はまだありません。"));
        ConcurrentEditException.check(editedVersion, plan.version());
        return plan;
    }
}
