package jp.hoshin.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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
 * 事務事業評価シート — the evaluation of one project in one fiscal year. Its content and assessments change only
 * while it is under review (一次評価 or 二次評価); each review step is a named act that refuses a wrong stage.
 */
@Entity
@Audited
@Table(name = "evaluation_sheet")
class EvaluationSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long fiscalYearId;
    private int number;
    private String departmentCode;
    private @Nullable String sectionName;
    private String name;
    private @Nullable String budgetKan;
    private @Nullable String budgetKou;
    private @Nullable String budgetMoku;
    private @Nullable String budgetSaimoku;
    private @Nullable String legalBasis;

    @Enumerated(EnumType.STRING)
    private @Nullable LegalBasisKind legalBasisKind;

    private @Nullable String policyElementKey;

    @Convert(converter = JsonColumns.Ids.class)
    private List<Long> planProjectIds = new ArrayList<>();

    @Convert(converter = JsonColumns.Keys.class)
    private List<String> actionItemKeys = new ArrayList<>();

    private @Nullable Integer startYear;
    private @Nullable Integer endYear;
    private boolean newProject;

    @Convert(converter = JsonColumns.Methods.class)
    private Set<ImplementationMethod> methods = new HashSet<>();

    private @Nullable String targetText;
    private @Nullable String intentText;
    private @Nullable String meansText;

    @Convert(converter = JsonColumns.Indicators.class)
    private List<PerformanceIndicator> indicators = new ArrayList<>();

    @Convert(converter = JsonColumns.Costs.class)
    private List<YearCost> costs = new ArrayList<>();

    private @Nullable Integer unitCostIndicator;

    @Enumerated(EnumType.STRING)
    private EvaluationStage stage = EvaluationStage.FIRST;

    @Convert(converter = JsonColumns.Assessments.class)
    private @Nullable Assessment firstAssessment;

    @Convert(converter = JsonColumns.Assessments.class)
    private @Nullable Assessment secondAssessment;

    private @Nullable String externalComment;

    private @Nullable String finalDirection;

    private int revision;
    private @Nullable String revisionReason;

    @NotAudited
    private @Nullable String publishedSnapshot;

    private @Nullable Long carriedFromId;

    private boolean illustrative;

    /** Raised by each change of the sheet's 独自項目 (kept in customfield), so the version guards them too. */
    private int extraFieldChanges;

    @Version
    private long version;

    protected EvaluationSheet() {}

    EvaluationSheet(
            long fiscalYearId,
            int number,
            String departmentCode,
            SheetContent content,
            @Nullable Long carriedFromId,
            boolean illustrative) {
        this.fiscalYearId = fiscalYearId;
        this.number = number;
        this.departmentCode = departmentCode;
        this.carriedFromId = carriedFromId;
        this.illustrative = illustrative;
        apply(content);
    }

    /** Writes the sheet's content (while 一次評価 or 二次評価). Returns whether anything changed. */
    boolean write(SheetContent content) {
        requireStage(Set.of(EvaluationStage.FIRST, EvaluationStage.SECOND), Messages.get("evaluation.act.edit"));
        if (content.equals(content())) {
            return false;
        }
        apply(content);
        return true;
    }

    /**
     * 独自項目 — the sheet's extra fields are written (by {@code write}, kept in the customfield module) only while the
     * sheet itself may be written (一次評価 or 二次評価). Returns whether anything changed.
     */
    boolean changeExtraFields(java.util.function.BooleanSupplier write) {
        requireStage(Set.of(EvaluationStage.FIRST, EvaluationStage.SECOND), Messages.get("evaluation.act.extraFields"));
        if (!write.getAsBoolean()) {
            return false;
        }
        extraFieldChanges++;
        return true;
    }

    /** The owning section's own assessment (一次評価), while the sheet is at that stage. */
    void recordFirstAssessment(Assessment assessment) {
        requireStage(Set.of(EvaluationStage.FIRST), Messages.get("evaluation.act.recordFirst"));
        this.firstAssessment = assessment;
        updateFinalDirection();
    }

    /** 一次評価の提出 — the owning section hands its evaluation to the planning section. */
    Transition<EvaluationStage> submitFirstEvaluation() {
        requireStage(Set.of(EvaluationStage.FIRST), Messages.get("evaluation.act.submitFirst"));
        if (firstAssessment == null || !firstAssessment.complete()) {
            throw new BusinessRuleException(Messages.get("evaluation.submit.incomplete"));
        }
        return move(EvaluationStage.SECOND);
    }

    /**
     * 二次評価 — the planning section's assessment, and optionally the external committee's view it records. A step
     * within 二次評価.
     */
    Transition<EvaluationStage> recordSecondEvaluation(Assessment assessment, @Nullable String externalCommittee) {
        checkExternalComment(externalCommittee);
        requireStage(Set.of(EvaluationStage.SECOND), Messages.get("evaluation.act.recordSecond"));
        this.secondAssessment = assessment;
        this.externalComment =
                externalCommittee == null || externalCommittee.isBlank() ? null : externalCommittee.strip();
        updateFinalDirection();
        return Transition.within(EvaluationStage.SECOND);
    }

    /**
     * The reason a 差し戻し needs: given, and text a person could have typed. The review checks it before it loads the
     * sheet, too, so that a missing reason is the first thing a user hears of.
     */
    static String sendBackReason(@Nullable String reason) {
        String given = WorkflowStep.requiredReason(reason, Messages.get("evaluation.sendBack.reasonRequired"));
        InputText.checked(Messages.get("evaluation.field.sendBackReason"), given, Assessment.MAX_TEXT);
        return given;
    }

    /**
     * Refuses an external committee's view no person could have typed, naming its field (checked before the sheet is
     * loaded, too).
     */
    static void checkExternalComment(@Nullable String externalCommittee) {
        if (externalCommittee != null) {
            InputText.checkedField(
                    "externalComment",
                    Messages.get("evaluation.field.externalComment"),
                    externalCommittee,
                    Assessment.MAX_TEXT);
        }
    }

    /** Refuses a revision reason no person could have typed (checked before the sheet is loaded, too). */
    static void checkRevisionReasonText(@Nullable String reason) {
        if (reason != null) {
            InputText.checked(Messages.get("evaluation.field.revisionReason"), reason, Assessment.MAX_TEXT);
        }
    }

    /** 差し戻し — back to the owning section for its 一次評価, with the reason (required). */
    Transition<EvaluationStage> sendBack(@Nullable String reason) {
        sendBackReason(reason);
        requireStage(Set.of(EvaluationStage.SECOND), Messages.get("evaluation.act.sendBack"));
        return move(EvaluationStage.FIRST);
    }

    /** 確定 — the evaluation is final and frozen. */
    Transition<EvaluationStage> finalizeEvaluation() {
        requireStage(Set.of(EvaluationStage.SECOND), Messages.get("evaluation.act.finalize"));
        if (finalDirection == null) {
            throw new BusinessRuleException(Messages.get("evaluation.finalize.noDirection"));
        }
        return move(EvaluationStage.FINALIZED);
    }

    /**
     * 公表 — published; the published content ({@code snapshot} of the sheet as published) is kept so that citizens keep
     * reading it during a revision.
     */
    Transition<EvaluationStage> publish(String snapshot) {
        requireStage(Set.of(EvaluationStage.FINALIZED), Messages.get("evaluation.act.publish"));
        this.publishedSnapshot = snapshot;
        return move(EvaluationStage.PUBLISHED);
    }

    /** 改訂 — a finalised or published evaluation reopened for the planning section with a recorded reason (required). */
    Transition<EvaluationStage> startRevision(@Nullable String reason) {
        checkRevisionReasonText(reason);
        requireStage(
                Set.of(EvaluationStage.FINALIZED, EvaluationStage.PUBLISHED), Messages.get("evaluation.act.revise"));
        this.revisionReason = WorkflowStep.requiredReason(reason, Messages.get("evaluation.revision.reasonRequired"));
        this.revision++;
        return move(EvaluationStage.SECOND);
    }

    private void updateFinalDirection() {
        String second = secondAssessment == null ? null : secondAssessment.direction();
        String first = firstAssessment == null ? null : firstAssessment.direction();
        this.finalDirection = second != null ? second : first;
    }

    private Transition<EvaluationStage> move(EvaluationStage to) {
        Transition<EvaluationStage> done = new Transition<>(stage, to);
        stage = to;
        return done;
    }

    private void requireStage(Set<EvaluationStage> allowed, String act) {
        if (!allowed.contains(stage)) {
            String why = stage == EvaluationStage.FINALIZED || stage == EvaluationStage.PUBLISHED
                    ? Messages.get("evaluation.stage.frozen")
                    : "";
            throw new BusinessRuleException(Messages.get("evaluation.stage.refused", stage.label(), act, why));
        }
    }

    private void apply(SheetContent c) {
        this.name = c.name();
        this.sectionName = c.sectionName();
        this.budgetKan = c.budgetKan();
        this.budgetKou = c.budgetKou();
        this.budgetMoku = c.budgetMoku();
        this.budgetSaimoku = c.budgetSaimoku();
        this.legalBasis = c.legalBasis();
        this.legalBasisKind = c.legalBasisKind();
        this.policyElementKey = c.policyElementKey();
        this.planProjectIds = new ArrayList<>(c.planProjectIds());
        this.actionItemKeys = new ArrayList<>(c.actionItemKeys());
        this.startYear = c.startYear();
        this.endYear = c.endYear();
        this.newProject = c.newProject();
        this.methods = new HashSet<>(c.methods());
        this.targetText = c.target();
        this.intentText = c.intent();
        this.meansText = c.means();
        this.indicators = new ArrayList<>(c.indicators());
        this.costs = new ArrayList<>(c.costs());
        this.unitCostIndicator = c.unitCostIndicator();
    }

    SheetContent content() {
        return new SheetContent(
                name,
                sectionName,
                budgetKan,
                budgetKou,
                budgetMoku,
                budgetSaimoku,
                legalBasis,
                legalBasisKind,
                policyElementKey,
                planProjectIds,
                actionItemKeys,
                startYear,
                endYear,
                newProject,
                methods,
                targetText,
                intentText,
                meansText,
                indicators,
                costs,
                unitCostIndicator);
    }

    Long id() {
        return id;
    }

    long fiscalYearId() {
        return fiscalYearId;
    }

    int number() {
        return number;
    }

    String departmentCode() {
        return departmentCode;
    }

    EvaluationStage stage() {
        return stage;
    }

    @Nullable
    String publishedSnapshot() {
        return publishedSnapshot;
    }

    /** The 今後の方向性 the review reached: the 二次評価's if it has one, else the 一次評価's. */
    @Nullable
    String finalDirection() {
        return finalDirection;
    }

    @Nullable
    String firstAssessmentDirection() {
        return firstAssessment == null ? null : firstAssessment.direction();
    }

    @Nullable
    String secondAssessmentDirection() {
        return secondAssessment == null ? null : secondAssessment.direction();
    }

    int revision() {
        return revision;
    }

    @Nullable
    String revisionReason() {
        return revisionReason;
    }

    long version() {
        return version;
    }

    boolean illustrative() {
        return illustrative;
    }

    EvaluationSheetView view(int year, Map<Integer, Long> laborUnitCosts, List<YearColumn> columns) {
        return new EvaluationSheetView(
                id,
                fiscalYearId,
                year,
                number,
                departmentCode,
                content(),
                stage,
                firstAssessment == null ? Assessment.EMPTY : firstAssessment,
                secondAssessment == null ? Assessment.EMPTY : secondAssessment,
                externalComment,
                finalDirection,
                revision,
                revisionReason,
                carriedFromId,
                illustrative,
                laborUnitCosts,
                version,
                columns);
    }
}
