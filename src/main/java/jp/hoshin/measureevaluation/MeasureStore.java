package jp.hoshin.measureevaluation;

import java.util.List;

import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.policyplan.PlanMeasures;
import jp.hoshin.policyplan.PlanMeasures.Measure;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.workflow.StepRecorder;
import jp.hoshin.shared.workflow.Transition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What every service of the module does around an act, written once: find the measure, load the sheet for a change
 * (open year, the version the caller edited; a sheet not started yet is started by its first change), record the step
 * the act took and flush. Runs in its callers' transactions.
 */
@Component
class MeasureStore {

    private final MeasureEvaluationRepository evaluations;
    private final MeasureStepRepository steps;
    private final MeasureSettingRepository settings;
    private final MeasureYearRepository years;
    private final PlanMeasures measures;
    private final FiscalYears fiscalYears;
    private final StepRecorder recorder;

    MeasureStore(
            MeasureEvaluationRepository evaluations,
            MeasureStepRepository steps,
            MeasureSettingRepository settings,
            MeasureYearRepository years,
            PlanMeasures measures,
            FiscalYears fiscalYears,
            StepRecorder recorder) {
        this.evaluations = evaluations;
        this.steps = steps;
        this.settings = settings;
        this.years = years;
        this.measures = measures;
        this.fiscalYears = fiscalYears;
        this.recorder = recorder;
    }

    Measure measure(MeasureReference ref) {
        return measures.measure(ref.municipalityCode(), ref.planKey(), ref.elementKey())
                .orElseThrow(() -> new NotFoundException(Messages.get("measureEvaluation.measure.notFound")));
    }

    List<Measure> measures(String municipalityCode) {
        return measures.measures(municipalityCode);
    }

    /**
     * The sheet to change: its year must be open and {@code editedVersion} its current version ({@link
     * MeasureEvaluationView#NOT_STARTED} for a sheet nobody has saved, which is then started).
     */
    MeasureEvaluation load(MeasureReference ref, long editedVersion) {
        return load(ref, editedVersion, false);
    }

    /** As {@link #load(MeasureReference, long)}; a sheet started here is marked illustrative when asked (demo data). */
    MeasureEvaluation load(MeasureReference ref, long editedVersion, boolean illustrative) {
        fiscalYears.get(ref.municipalityCode(), ref.fiscalYear()).requireOpen();
        Measure measure = measure(ref);
        MeasureEvaluation found = evaluations
                .find(ref.municipalityCode(), ref.fiscalYear(), ref.planKey(), ref.elementKey())
                .orElse(null);
        if (found == null) {
            if (editedVersion != MeasureEvaluationView.NOT_STARTED) {
                throw new ConcurrentEditException();
            }
            return evaluations.saveAndFlush(new MeasureEvaluation(ref, measure.id(), illustrative));
        }
        ConcurrentEditException.check(editedVersion, found.version());
        return found;
    }

    java.util.Optional<MeasureEvaluation> find(MeasureReference ref) {
        return evaluations.find(ref.municipalityCode(), ref.fiscalYear(), ref.planKey(), ref.elementKey());
    }

    List<MeasureEvaluation> inYear(String municipalityCode, int fiscalYear) {
        return evaluations.inYear(municipalityCode, fiscalYear);
    }

    java.util.Map<Integer, Integer> publicCountsByYear(String municipalityCode) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (Object[] row : evaluations.publicCountsByYear(municipalityCode)) {
            counts.put(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
        }
        return counts;
    }

    List<MeasureEvaluationStepView> steps(long evaluationId) {
        return steps.of(evaluationId).stream().map(MeasureEvaluationStep::view).toList();
    }

    java.util.Optional<java.time.Instant> lastPublished(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Optional.empty() : steps.lastPublished(ids);
    }

    MeasureEvaluationView record(
            MeasureEvaluation sheet, Transition<MeasureEvaluationStage> act, String by, @Nullable String comment) {
        steps.save(new MeasureEvaluationStep(sheet.id(), recorder.taken(act, by, comment)));
        return flushed(sheet);
    }

    MeasureEvaluationView flushed(MeasureEvaluation sheet) {
        evaluations.flush();
        return sheet.view();
    }

    MeasureScales scales(String municipalityCode) {
        return settings.of(municipalityCode)
                .map(MeasureEvaluationSetting::scales)
                .orElse(MeasureScales.DEFAULT);
    }

    boolean committeeStage(String municipalityCode, int fiscalYear) {
        return years.of(municipalityCode, fiscalYear)
                .map(MeasureEvaluationYear::committeeStage)
                .orElse(false);
    }
}
