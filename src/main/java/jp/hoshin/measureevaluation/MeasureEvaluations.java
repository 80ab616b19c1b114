package jp.hoshin.measureevaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.policyplan.PlanMeasures.Measure;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 施策評価 — the sheets of a year as staff read them, and the owning department's 一次評価. The review's other steps are
 * {@link MeasureEvaluationReview}; what citizens read {@link PublishedMeasureEvaluations}; the scales
 * {@link MeasureEvaluationSettings}. Callers check roles ({@code jp.hoshin.identity.Access}) first; this service checks
 * stages, versions, labels and closed years.
 */
@Service
public class MeasureEvaluations {

    /** A measure of the basic plans and its sheet of the year (not started: {@link MeasureEvaluationView#started()}). */
    public record MeasureRow(Measure measure, MeasureEvaluationView evaluation) {}

    private final MeasureStore store;
    private final MeasureSheets sheets;
    private final FiscalYears fiscalYears;

    MeasureEvaluations(MeasureStore store, MeasureSheets sheets, FiscalYears fiscalYears) {
        this.store = store;
        this.sheets = sheets;
        this.fiscalYears = fiscalYears;
    }

    /** Every measure of the municipality's basic plans with its sheet of the year, in plan order. */
    @Transactional(readOnly = true)
    public List<MeasureRow> list(String municipalityCode, int year) {
        fiscalYears.get(municipalityCode, year);
        Map<String, MeasureEvaluation> saved = store.inYear(municipalityCode, year).stream()
                .collect(Collectors.toMap(e -> key(e.view().reference()), Function.identity()));
        return store.measures(municipalityCode).stream()
                .map(m -> {
                    MeasureReference ref = new MeasureReference(municipalityCode, year, m.planKey(), m.key());
                    MeasureEvaluation e = saved.get(key(ref));
                    return new MeasureRow(m, e == null ? MeasureEvaluationView.notStarted(ref, m.id()) : e.view());
                })
                .toList();
    }

    /** The sheet as staff read it, with every 事務事業評価 sheet of the year linked to the measure. */
    @Transactional(readOnly = true)
    public MeasureSheet sheet(MeasureReference ref) {
        Measure measure = store.measure(ref);
        return sheets.batch(ref.municipalityCode(), ref.fiscalYear(), false).sheet(measure, view(ref, measure));
    }

    /** Every sheet of the year as staff read them (the proof and the workbook). */
    @Transactional(readOnly = true)
    public List<MeasureSheet> sheets(String municipalityCode, int year) {
        MeasureSheets.Batch batch = sheets.batch(municipalityCode, year, false);
        return list(municipalityCode, year).stream()
                .map(r -> batch.sheet(r.measure(), r.evaluation()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<MeasureEvaluationStepView> steps(MeasureReference ref) {
        return store.find(ref).map(e -> store.steps(e.id())).orElse(List.of());
    }

    /** The municipality's scales (進捗 and 今後の方向性). */
    @Transactional(readOnly = true)
    public MeasureScales scales(String municipalityCode) {
        return store.scales(municipalityCode);
    }

    /** Whether the year's sheets go through the external committee. */
    @Transactional(readOnly = true)
    public boolean committeeStage(String municipalityCode, int year) {
        return store.committeeStage(municipalityCode, year);
    }

    /**
     * 一次評価 — the owning department records its assessment (the sheet is started by its first save). 進捗 and
     * 今後の方向性 must be labels of the municipality's lists, or the ones the sheet already holds.
     */
    @Transactional
    public MeasureEvaluationView recordFirstAssessment(
            MeasureReference ref, long editedVersion, FirstAssessment assessment) {
        return recordFirstAssessment(ref, editedVersion, assessment, false);
    }

    /** As {@link #recordFirstAssessment}, starting the sheet as illustrative (made-up demo data) when it is new. */
    @Transactional
    public MeasureEvaluationView recordFirstAssessment(
            MeasureReference ref, long editedVersion, FirstAssessment assessment, boolean illustrative) {
        MeasureEvaluation sheet = store.load(ref, editedVersion, illustrative);
        MeasureScales scales = store.scales(ref.municipalityCode());
        FirstAssessment current = sheet.first();
        checkLabel(assessment.progress(), current.progress(), scales.progressLevels(), scales.progressText());
        checkLabel(assessment.direction(), current.direction(), scales.directions(), scales.directionsText());
        sheet.recordFirstAssessment(assessment);
        return store.flushed(sheet);
    }

    static void checkLabel(@Nullable String given, @Nullable String current, List<String> list, String listText) {
        if (given != null && !given.equals(current) && !list.contains(given)) {
            throw new BusinessRuleException(Messages.get("measureEvaluation.label.notInList", given, listText));
        }
    }

    private MeasureEvaluationView view(MeasureReference ref, Measure measure) {
        return store.find(ref)
                .map(MeasureEvaluation::view)
                .orElseGet(() -> MeasureEvaluationView.notStarted(ref, measure.id()));
    }

    static String key(MeasureReference ref) {
        return ref.planKey() + "/" + ref.elementKey();
    }
}
