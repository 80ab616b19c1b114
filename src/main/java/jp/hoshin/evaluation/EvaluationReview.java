package jp.hoshin.evaluation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 評価の手続き — the review of a sheet: 一次評価 → 二次評価 → 確定 → 公表, 差し戻し and 改訂, each act of
 * {@link EvaluationSheet} (which holds the rules and their messages) recorded as a step with who and when, and where the
 * sheets of a year stand. Callers check roles first.
 */
@Service
public class EvaluationReview {

    private final SheetStore store;
    private final FiscalYears fiscalYears;
    private final JdbcClient jdbc;

    private final SheetExtraFields extraFields;

    EvaluationReview(SheetStore store, FiscalYears fiscalYears, JdbcClient jdbc, SheetExtraFields extraFields) {
        this.extraFields = extraFields;
        this.store = store;
        this.fiscalYears = fiscalYears;
        this.jdbc = jdbc;
    }

    /** The owning section's 一次評価 (no step is recorded until it is submitted). */
    @Transactional
    public EvaluationSheetView recordFirstAssessment(SheetReference ref, long editedVersion, Assessment assessment) {
        EvaluationSheet sheet = store.load(ref, editedVersion);
        checkDirection(ref, assessment, sheet.firstAssessmentDirection());
        sheet.recordFirstAssessment(assessment);
        return store.flushed(ref, sheet);
    }

    @Transactional
    public EvaluationSheetView submitFirstEvaluation(SheetReference ref, long editedVersion, String by) {
        EvaluationSheet sheet = store.load(ref, editedVersion);
        return store.record(ref, sheet, sheet.submitFirstEvaluation(), by, null);
    }

    @Transactional
    public EvaluationSheetView recordSecondEvaluation(
            SheetReference ref,
            long editedVersion,
            Assessment assessment,
            @Nullable String externalCommittee,
            String by) {
        EvaluationSheet.checkExternalComment(externalCommittee);
        EvaluationSheet sheet = store.load(ref, editedVersion);
        checkDirection(ref, assessment, sheet.secondAssessmentDirection());
        return store.record(
                ref,
                sheet,
                sheet.recordSecondEvaluation(assessment, externalCommittee),
                by,
                Messages.get("evaluation.act.recordSecond")
                        + (assessment.direction() == null
                                ? ""
                                : Messages.get("evaluation.step.direction", assessment.direction())));
    }

    /**
     * A direction must be one of the municipality's list, or the one the stage already holds (a label of an earlier
     * list is kept as it is, never rewritten).
     */
    private void checkDirection(SheetReference ref, Assessment assessment, @Nullable String current) {
        String given = assessment.direction();
        if (given == null || given.equals(current)) {
            return;
        }
        SheetLayout layout = store.layout(ref.municipalityCode());
        if (layout.direction(given).isEmpty()) {
            throw new BusinessRuleException(
                    Messages.get("evaluation.direction.notInList", given, layout.directionsText()));
        }
    }

    @Transactional
    public EvaluationSheetView sendBack(SheetReference ref, long editedVersion, String by, String reason) {
        EvaluationSheet.sendBackReason(reason);
        EvaluationSheet sheet = store.load(ref, editedVersion);
        return store.record(ref, sheet, sheet.sendBack(reason), by, reason);
    }

    @Transactional
    public EvaluationSheetView finalizeEvaluation(SheetReference ref, long editedVersion, String by) {
        EvaluationSheet sheet = store.load(ref, editedVersion);
        return store.record(ref, sheet, sheet.finalizeEvaluation(), by, null);
    }

    @Transactional
    public EvaluationSheetView publish(SheetReference ref, long editedVersion, String by) {
        EvaluationSheet sheet = store.load(ref, editedVersion);
        extraFields.freeze(ref.municipalityCode(), sheet.id());
        EvaluationSheetView published = sheet.view(
                        ref.year(), store.laborUnitCosts(ref.municipalityCode()), store.columns(ref.municipalityCode()))
                .withStage(EvaluationStage.PUBLISHED);
        return store.record(ref, sheet, sheet.publish(JsonColumns.JSON.writeValueAsString(published)), by, null);
    }

    @Transactional
    public EvaluationSheetView startRevision(SheetReference ref, long editedVersion, String by, String reason) {
        EvaluationSheet.checkRevisionReasonText(reason);
        EvaluationSheet sheet = store.load(ref, editedVersion);
        return store.record(ref, sheet, sheet.startRevision(reason), by, reason);
    }

    /** The planning section's progress overview: sheets per stage, overall and per department. */
    public record Progress(Map<EvaluationStage, Long> byStage, Map<String, Map<EvaluationStage, Long>> byDepartment) {}

    @Transactional(readOnly = true)
    public Progress progress(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        Map<EvaluationStage, Long> total = new EnumMap<>(EvaluationStage.class);
        Map<String, Map<EvaluationStage, Long>> byDept = new LinkedHashMap<>();
        for (EvaluationStage s : EvaluationStage.values()) {
            total.put(s, 0L);
        }
        jdbc.sql(
                        "select department_code, stage, count(*) from evaluation_sheet where fiscal_year_id = ? group by department_code, stage")
                .param(fy.id())
                .query((rs, n) -> {
                    EvaluationStage stage = EvaluationStage.valueOf(rs.getString(2));
                    long count = rs.getLong(3);
                    total.merge(stage, count, Long::sum);
                    byDept.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(EvaluationStage.class))
                            .merge(stage, count, Long::sum);
                    return null;
                })
                .list();
        return new Progress(total, byDept);
    }
}
