package jp.hoshin.departmentplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.InputText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.workflow.Transition;
import jp.hoshin.shared.workflow.WorkflowStep;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * 各部の運営方針と目標 — a department's plan for a fiscal year. Its content changes only while it is
 * being written (作成中); each workflow step is a named act that refuses a wrong state.
 */
@Entity
@Audited
@Table(name = "department_plan")
class DepartmentPlan {

    /** The longest consultation comment. */
    static final int MAX_COMMENT = 4000;

    private static final String SEND_BACK_REASON = Messages.get("departmentplan.sendBack.reasonRequired");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long fiscalYearId;

    private String departmentCode;

    @Enumerated(EnumType.STRING)
    private PlanStatus status = PlanStatus.DRAFT;

    // 使命・目標 and 経営資源 are not stored here: see MissionAndResources
    private @Nullable String policies;

    @Convert(converter = JsonListConverters.SectionRoles.class)
    private List<SectionRole> sectionRoles = new ArrayList<>();

    private @Nullable String summary;

    @Enumerated(EnumType.STRING)
    private @Nullable PlanStatus resultStatus;

    private int revision;

    private @Nullable String revisionReason;

    @NotAudited
    private @Nullable String publishedSnapshot;

    /**
     * Counts changes to the projects. A project lives in its own row, so changing one would not
     * touch the plan's row; raising this makes the plan's version move with its projects, and a
     * form or workbook made from the plan before a project changed is refused as stale.
     */
    @NotAudited
    private int projectChanges;

    @Version
    private long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<PlanProject> projects = new ArrayList<>();

    protected DepartmentPlan() {}

    DepartmentPlan(long fiscalYearId, String departmentCode, PlanContent initial) {
        this.fiscalYearId = fiscalYearId;
        this.departmentCode = departmentCode;
        write(initial);
    }

    /**
     * Writes parts 1–3 (while 作成中): 各課の役割 and 実施方針 here; 使命・目標 and 経営資源 the caller writes to the
     * organisation of the year (their one stored value).
     */
    void write(PlanContent content) {
        requireStatus(Set.of(PlanStatus.DRAFT), Messages.get("departmentplan.act.edit"));
        this.sectionRoles = new ArrayList<>(content.sectionRoles());
        this.policies = content.policies();
    }

    /** Adds a project with the next number (while 作成中). */
    PlanProject addProject(ProjectContent content) {
        requireStatus(Set.of(PlanStatus.DRAFT), Messages.get("departmentplan.act.addProject"));
        PlanProject project = new PlanProject(
                this, projects.stream().mapToInt(PlanProject::number).max().orElse(0) + 1, content);
        projects.add(project);
        projectChanges++;
        return project;
    }

    void reviseProject(int number, ProjectContent content) {
        requireStatus(Set.of(PlanStatus.DRAFT), Messages.get("departmentplan.act.editProject"));
        project(number).describe(content);
        projectChanges++;
    }

    /**
     * Links a project to the plan element it serves (基本計画の施策・主要事業, アクションプランの個別課題).
     * Allowed while 作成中, like every other change to the projects.
     */
    void linkProject(int number, @Nullable String elementKey) {
        requireStatus(Set.of(PlanStatus.DRAFT), Messages.get("departmentplan.act.linkProject"));
        if (project(number).linkTo(elementKey)) {
            projectChanges++;
        }
    }

    void removeProject(int number) {
        requireStatus(Set.of(PlanStatus.DRAFT), Messages.get("departmentplan.act.removeProject"));
        projects.remove(project(number));
        projectChanges++;
    }

    /** What a whole-draft replacement changed (nothing at all leaves the plan untouched). */
    record DraftChanges(boolean contentChanged, int added, int revised, int removed) {
        boolean projectsChanged() {
            return added > 0 || revised > 0 || removed > 0;
        }
    }

    /**
     * Replaces parts 1–3 and the projects as a whole (while 作成中), writing only what differs:
     * projects are matched by number; a matched project keeps its result, actual values and
     * carry-over link; numbers the draft lacks are removed, new numbers added.
     */
    DraftChanges replaceDraft(PlanContent content, List<ProjectDraft> drafts, MissionAndResources current) {
        requireStatus(Set.of(PlanStatus.DRAFT), Messages.get("departmentplan.act.import"));
        Set<Integer> numbers = new HashSet<>();
        for (ProjectDraft draft : drafts) {
            if (!numbers.add(draft.number())) {
                throw new IllegalArgumentException(Messages.get("departmentplan.project.numberTwice", draft.number()));
            }
        }
        boolean contentChanged = !SameContent.plan(currentContent(current), content);
        if (contentChanged) {
            write(content);
        }
        Map<Integer, PlanProject> existing =
                projects.stream().collect(Collectors.toMap(PlanProject::number, Function.identity()));
        int removed = 0;
        for (PlanProject project : List.copyOf(projects)) {
            if (!numbers.contains(project.number())) {
                projects.remove(project);
                removed++;
            }
        }
        int added = 0;
        int revised = 0;
        for (ProjectDraft draft : drafts) {
            PlanProject project = existing.get(draft.number());
            if (project == null) {
                projects.add(new PlanProject(this, draft.number(), draft.content()));
                added++;
            } else if (!SameContent.project(project.content(), draft.content())) {
                project.describe(draft.content());
                revised++;
            }
        }
        DraftChanges changes = new DraftChanges(contentChanged, added, revised, removed);
        if (changes.projectsChanged()) {
            projectChanges++;
        }
        return changes;
    }

    /**
     * 前年度の内容を写す, first half — the draft starts over (while 作成中): parts 1–3 replaced and every project removed.
     * The caller flushes (the removed numbers are free again) and adds the copies with {@link #addContinuedProject}.
     */
    void startOver(PlanContent content) {
        requireStatus(Set.of(PlanStatus.DRAFT), Messages.get("departmentplan.act.copy"));
        write(content);
        projects.clear();
        projectChanges++;
    }

    /** Adds a project copied from last year's plan, marked as continued (継続) from {@code fromId}. */
    void addContinuedProject(ProjectContent content, long fromId, @Nullable String elementKey) {
        PlanProject project = addProject(content);
        project.continueFrom(fromId);
        project.linkTo(elementKey);
    }

    /**
     * 独自項目 — the plan's or a project's extra fields are written (by {@code write}, kept in the customfield module)
     * only while 作成中; a change raises the plan's version like a change to a project.
     */
    void changeExtraFields(java.util.function.BooleanSupplier write) {
        requireStatus(Set.of(PlanStatus.DRAFT), Messages.get("departmentplan.act.extraFields"));
        if (write.getAsBoolean()) {
            projectChanges++;
        }
    }

    /** The id of the project with {@code number} (refused when there is none). */
    long projectId(int number) {
        return project(number).view().id();
    }

    /** The ids of the plan's projects. */
    List<Long> projectIds() {
        return projects.stream().map(p -> p.view().id()).toList();
    }

    /** Whether the draft holds nothing of its own yet: no project, no 実施方針, no 各課の役割. */
    boolean isEmptyDraft() {
        return status == PlanStatus.DRAFT
                && projects.isEmpty()
                && (policies == null || policies.isBlank())
                && sectionRoles.isEmpty();
    }

    /** 提出 — the department hands the plan to the planning section. */
    Transition<PlanStatus> submit(MissionAndResources current) {
        requireStatus(Set.of(PlanStatus.DRAFT), Messages.get("departmentplan.act.submit"));
        if (current.missionBlank() && projects.isEmpty()) {
            throw new BusinessRuleException(Messages.get("departmentplan.submit.empty"));
        }
        return move(PlanStatus.SUBMITTED);
    }

    /** 協議 — the planning section and the mayor's office take the plan into consultation. */
    Transition<PlanStatus> startConsultation() {
        requireStatus(Set.of(PlanStatus.SUBMITTED), Messages.get("departmentplan.act.consult"));
        return move(PlanStatus.IN_CONSULTATION);
    }

    /**
     * The reason a 差し戻し (of the plan or of its results) needs, stripped; refused when missing. The services check it
     * before they look the plan up, too, so that a missing reason is the first thing a user hears of.
     */
    static String sendBackReason(@Nullable String reason) {
        return InputText.checked(
                Messages.get("staff.plan.comment"), WorkflowStep.requiredReason(reason, SEND_BACK_REASON), MAX_COMMENT);
    }

    /** A consultation comment as it is kept: given, at most {@link #MAX_COMMENT} characters (checked before the lookup, too). */
    static String commentText(@Nullable String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException(Messages.get("departmentplan.comment.required"));
        }
        if (comment.length() > MAX_COMMENT) {
            throw new BusinessRuleException(Messages.get("departmentplan.comment.tooLong"));
        }
        return comment.strip();
    }

    /** 差し戻し — sent back to the department with a reason (required), to be written again. */
    Transition<PlanStatus> sendBack(@Nullable String reason) {
        sendBackReason(reason);
        requireStatus(
                Set.of(PlanStatus.SUBMITTED, PlanStatus.IN_CONSULTATION), Messages.get("departmentplan.act.sendBack"));
        return move(PlanStatus.DRAFT);
    }

    /**
     * A comment in the consultation (協議) of the plan or of its {@code results}: allowed only while that is 提出 or 協議;
     * the plan itself does not change. Returns the state the comment is made in.
     */
    Transition<PlanStatus> comment(boolean results, @Nullable String comment) {
        commentText(comment);
        PlanStatus current = results ? resultStatus : status;
        if (current != PlanStatus.SUBMITTED && current != PlanStatus.IN_CONSULTATION) {
            throw new BusinessRuleException(
                    results
                            ? Messages.get("departmentplan.comment.resultsClosed")
                            : Messages.get("departmentplan.comment.planClosed"));
        }
        return Transition.within(current);
    }

    /** 確定 — finalised after consultation with the mayor: the text is frozen, {@code snapshot} is what citizens read. */
    Transition<PlanStatus> finalizeAfterConsultation(String snapshot) {
        requireStatus(Set.of(PlanStatus.IN_CONSULTATION), Messages.get("departmentplan.act.finalize"));
        this.publishedSnapshot = snapshot;
        return move(PlanStatus.FINALIZED);
    }

    /** 公表 — published on the public site. */
    Transition<PlanStatus> publish() {
        requireStatus(Set.of(PlanStatus.FINALIZED), Messages.get("departmentplan.act.publish"));
        return move(PlanStatus.PUBLISHED);
    }

    /** The reason of a 改訂 as it is kept: given, at most {@link #MAX_COMMENT} characters. */
    static String checkedRevisionReason(@Nullable String reason) {
        return InputText.checked(
                Messages.get("staff.plan.revisionReason"),
                WorkflowStep.requiredReason(reason, Messages.get("departmentplan.revision.reasonRequired")),
                MAX_COMMENT);
    }

    /**
     * 改訂 — a finalised or published plan is opened for a recorded revision with a reason (required); the
     * public keeps seeing the finalised version (the snapshot) until the revision is finalised.
     */
    Transition<PlanStatus> startRevision(@Nullable String reason) {
        requireStatus(Set.of(PlanStatus.FINALIZED, PlanStatus.PUBLISHED), Messages.get("departmentplan.act.revise"));
        this.revisionReason = checkedRevisionReason(reason);
        this.revision++;
        return move(PlanStatus.DRAFT);
    }

    /** Records the result of a project after the year (once the plan is finalised, while results are being written). */
    void recordResult(int number, String result, @Nullable String explanation, List<@Nullable BigDecimal> actuals) {
        requireResultsWritable(Messages.get("departmentplan.act.recordResult"));
        project(number).recordResult(result, explanation, actuals);
        projectChanges++;
        resultStatus = PlanStatus.DRAFT;
    }

    /** The result label a project was recorded with, if any. */
    java.util.Optional<String> recordedResult(int number) {
        return java.util.Optional.ofNullable(project(number).result());
    }

    /** 総括 — the department's summary of the year. */
    void summarize(@Nullable String summary) {
        requireResultsWritable(Messages.get("departmentplan.act.summarize"));
        this.summary = summary;
        resultStatus = PlanStatus.DRAFT;
    }

    /**
     * The results' own workflow: 提出 → 協議 → 確定 → 公表, with 差し戻し ({@code to} 作成中, which needs a reason in
     * {@code comment}).
     */
    Transition<PlanStatus> moveResults(PlanStatus to, @Nullable String comment) {
        if (to == PlanStatus.DRAFT) {
            sendBackReason(comment);
        }
        if (resultStatus == null) {
            throw new BusinessRuleException(Messages.get("departmentplan.results.notRecorded", to.label()));
        }
        PlanStatus from = resultStatus;
        boolean allowed = switch (to) {
            case SUBMITTED -> from == PlanStatus.DRAFT && projects.stream().allMatch(p -> p.result() != null);
            case IN_CONSULTATION -> from == PlanStatus.SUBMITTED;
            case DRAFT -> from == PlanStatus.SUBMITTED || from == PlanStatus.IN_CONSULTATION;
            case FINALIZED -> from == PlanStatus.IN_CONSULTATION;
            case PUBLISHED -> from == PlanStatus.FINALIZED;
        };
        if (!allowed) {
            if (to == PlanStatus.SUBMITTED && from == PlanStatus.DRAFT) {
                throw new BusinessRuleException(Messages.get("departmentplan.results.incomplete"));
            }
            throw new BusinessRuleException(
                    Messages.get("departmentplan.results.refusedMove", from.label(), to.label()));
        }
        resultStatus = to;
        return new Transition<>(from, to);
    }

    private void requireResultsWritable(String act) {
        requireStatus(Set.of(PlanStatus.FINALIZED, PlanStatus.PUBLISHED), act);
        if (resultStatus != null && resultStatus != PlanStatus.DRAFT) {
            throw new BusinessRuleException(
                    Messages.get("departmentplan.results.refusedAct", resultStatus.label(), act));
        }
    }

    private PlanProject project(int number) {
        return projects.stream()
                .filter(p -> p.number() == number)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException(Messages.get("departmentplan.project.notFound", number)));
    }

    private Transition<PlanStatus> move(PlanStatus to) {
        Transition<PlanStatus> done = new Transition<>(status, to);
        status = to;
        return done;
    }

    private void requireStatus(Set<PlanStatus> allowed, String act) {
        if (!allowed.contains(status)) {
            throw new BusinessRuleException(Messages.get("departmentplan.status.refused", status.label(), act));
        }
    }

    long fiscalYearId() {
        return fiscalYearId;
    }

    String departmentCode() {
        return departmentCode;
    }

    int revision() {
        return revision;
    }

    @Nullable
    PlanStatus resultStatus() {
        return resultStatus;
    }

    @Nullable
    String publishedSnapshot() {
        return publishedSnapshot;
    }

    Long id() {
        return id;
    }

    PlanStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    /**
     * The finalised version of the plan: the plan itself once 確定 or 公表 (with the 使命・目標 and resources it was
     * finalised with), the finalised snapshot while a revision is being written; empty before it was ever finalised.
     */
    java.util.Optional<DepartmentPlanView> finalisedVersion() {
        if (publishedSnapshot == null) {
            return java.util.Optional.empty();
        }
        DepartmentPlanView snapshot = PlanWorkflow.JSON.readValue(publishedSnapshot, DepartmentPlanView.class);
        if (status == PlanStatus.FINALIZED || status == PlanStatus.PUBLISHED) {
            return java.util.Optional.of(view(MissionAndResources.of(snapshot.content())));
        }
        return revision > 0 ? java.util.Optional.of(snapshot) : java.util.Optional.empty();
    }

    private PlanContent currentContent(MissionAndResources m) {
        return new PlanContent(m.missionHeadline(), m.mission(), sectionRoles, m.staffCount(), m.budgetYen(), policies);
    }

    /** The projects in number order, as pages read them. */
    List<ProjectView> projectViews() {
        return projects.stream()
                .sorted(Comparator.comparingInt(PlanProject::number))
                .map(PlanProject::view)
                .toList();
    }

    /** The plan with its 使命・目標 and resources as they stand for it ({@link PlanStore#view}). */
    DepartmentPlanView view(MissionAndResources missionAndResources) {
        return new DepartmentPlanView(
                id,
                fiscalYearId,
                departmentCode,
                status,
                currentContent(missionAndResources),
                projectViews(),
                summary,
                resultStatus,
                revision,
                revisionReason,
                version);
    }
}
