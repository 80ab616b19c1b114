package jp.hoshin.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.ReadMemo;
import jp.hoshin.shared.workflow.StepRecorder;
import jp.hoshin.shared.workflow.Transition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What every evaluation service does around a business act, written once: load the sheet for a change (open year,
 * the version the caller edited), record the step the act took, flush and return the view. Runs in its callers'
 * transactions.
 */
@Component
class SheetStore {

    private final SheetRepository sheets;
    private final StepRepository steps;
    private final LaborCostRepository laborCosts;
    private final SettingRepository settings;
    private final FiscalYears fiscalYears;
    private final StepRecorder recorder;
    private final ReadMemo<String, SheetLayout> layouts = new ReadMemo<>("evaluationSheetLayouts");
    private final ReadMemo<String, Map<Integer, Long>> unitCosts = new ReadMemo<>("evaluationLaborUnitCosts");

    SheetStore(
            SheetRepository sheets,
            StepRepository steps,
            LaborCostRepository laborCosts,
            SettingRepository settings,
            FiscalYears fiscalYears,
            StepRecorder recorder) {
        this.settings = settings;
        this.sheets = sheets;
        this.steps = steps;
        this.laborCosts = laborCosts;
        this.fiscalYears = fiscalYears;
        this.recorder = recorder;
    }

    /** The sheet to change: its year must be open and {@code editedVersion} the sheet's current version. */
    EvaluationSheet load(SheetReference ref, long editedVersion) {
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        fy.requireOpen();
        EvaluationSheet sheet = sheets.find(fy.id(), ref.number()).orElseThrow(() -> notFound(ref));
        ConcurrentEditException.check(editedVersion, sheet.version());
        return sheet;
    }

    /** Records the step an act of {@code sheet} took, then flushes: the sheet as it now stands. */
    EvaluationSheetView record(
            SheetReference ref,
            EvaluationSheet sheet,
            Transition<EvaluationStage> act,
            String by,
            @Nullable String comment) {
        recordStep(sheet, act, by, comment);
        return flushed(ref, sheet);
    }

    /** Records a step without flushing (a new sheet is flushed already). */
    void recordStep(EvaluationSheet sheet, Transition<EvaluationStage> act, String by, @Nullable String comment) {
        steps.save(new EvaluationStep(sheet.id(), recorder.taken(act, by, comment)));
    }

    EvaluationSheetView flushed(SheetReference ref, EvaluationSheet sheet) {
        sheets.flush();
        return sheet.view(ref.year(), laborUnitCosts(ref.municipalityCode()), columns(ref.municipalityCode()));
    }

    /**
     * The municipality's form of the sheet ({@link SheetLayout#DEFAULT} until the planning section sets one),
     * remembered for a page's read-only transaction (the front page reads every year's sheets).
     */
    SheetLayout layout(String municipalityCode) {
        return layouts.get(
                municipalityCode,
                code -> settings.of(code).map(EvaluationSetting::layout).orElse(SheetLayout.DEFAULT));
    }

    List<YearColumn> columns(String municipalityCode) {
        return layout(municipalityCode).columns();
    }

    /** The 人件費単価 of each fiscal year the municipality has set (remembered like {@link #layout}). */
    Map<Integer, Long> laborUnitCosts(String municipalityCode) {
        return unitCosts.get(municipalityCode, code -> {
            Map<Integer, Long> result = new HashMap<>();
            laborCosts.of(code).forEach(c -> result.put(c.fiscalYear(), c.yen()));
            return Map.copyOf(result);
        });
    }

    static NotFoundException notFound(SheetReference ref) {
        return new NotFoundException(Messages.get("evaluation.sheet.notFound", ref.label()));
    }
}
