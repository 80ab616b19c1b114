package jp.hoshin.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.departmentplan.ProjectView;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.ConcurrentEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 事務事業評価シート — the evaluation sheets of a year as staff read and write them: a new sheet, its content (one sheet
 * from the form, every sheet of a workbook at once), its steps and the 人件費単価 its costs use. Choosing sheets from the
 * department plans is {@link EvaluationSelection}; the review {@link EvaluationReview}; what citizens read
 * {@link PublishedEvaluations}; the budget list {@link BudgetList}. Callers check roles ({@code jp.hoshin.identity.Access})
 * first; this service checks stages, versions, links and closed years.
 */
@Service
public class Evaluations {

    private final SheetRepository sheets;
    private final StepRepository steps;
    private final LaborCostRepository laborCosts;
    private final SheetStore store;
    private final SheetLinks links;
    private final NewSheets newSheets;
    private final FiscalYears fiscalYears;

    Evaluations(
            SheetRepository sheets,
            StepRepository steps,
            LaborCostRepository laborCosts,
            SheetStore store,
            SheetLinks links,
            NewSheets newSheets,
            FiscalYears fiscalYears) {
        this.sheets = sheets;
        this.steps = steps;
        this.laborCosts = laborCosts;
        this.store = store;
        this.links = links;
        this.newSheets = newSheets;
        this.fiscalYears = fiscalYears;
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public List<EvaluationSheetView> sheets(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        Map<Integer, Long> labor = store.laborUnitCosts(municipalityCode);
        List<YearColumn> columns = store.columns(municipalityCode);
        return sheets.inYear(fy.id()).stream()
                .map(s -> s.view(year, labor, columns))
                .toList();
    }

    /** The sheets of the year by number. */
    @Transactional(readOnly = true)
    public Map<Integer, EvaluationSheetView> byNumber(String municipalityCode, int year) {
        return sheets(municipalityCode, year).stream()
                .collect(Collectors.toMap(EvaluationSheetView::number, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<EvaluationSheetView> find(SheetReference ref) {
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        return sheets.find(fy.id(), ref.number())
                .map(s -> s.view(
                        ref.year(),
                        store.laborUnitCosts(ref.municipalityCode()),
                        store.columns(ref.municipalityCode())));
    }

    @Transactional(readOnly = true)
    public EvaluationSheetView get(SheetReference ref) {
        return find(ref).orElseThrow(() -> SheetStore.notFound(ref));
    }

    @Transactional(readOnly = true)
    public List<EvaluationStepView> steps(long sheetId) {
        return steps.of(sheetId).stream().map(EvaluationStep::view).toList();
    }

    /** The 人件費単価 of each fiscal year the municipality has set. */
    @Transactional(readOnly = true)
    public Map<Integer, Long> laborUnitCosts(String municipalityCode) {
        return store.laborUnitCosts(municipalityCode);
    }

    /** The projects of the department's plan of that year a sheet may link to. */
    @Transactional(readOnly = true)
    public List<ProjectView> linkablePlanProjects(String municipalityCode, int year, String departmentCode) {
        return links.linkablePlanProjects(municipalityCode, year, departmentCode);
    }

    // ---- the planning section's choices ----

    /** Sets the 人件費単価 (yen per person-year) the sheets of this fiscal year use. */
    @Transactional
    public void setLaborUnitCost(String municipalityCode, int year, long yenPerPersonYear) {
        LaborUnitCost cost = laborCosts.find(municipalityCode, year).orElse(null);
        if (cost == null) {
            laborCosts.saveAndFlush(new LaborUnitCost(municipalityCode, year, yenPerPersonYear));
        } else if (cost.yen() != yenPerPersonYear) {
            cost.set(yenPerPersonYear);
            laborCosts.flush();
        }
    }

    // ---- writing ----

    /** Chooses a project as an evaluation target of the year: a new sheet at 一次評価 for the department. */
    @Transactional
    public EvaluationSheetView create(
            String municipalityCode, int year, String departmentCode, SheetContent content, String by) {
        return create(municipalityCode, year, departmentCode, content, by, false);
    }

    /** As {@link #create}, marking the sheet as illustrative (made-up demo data). */
    @Transactional
    public EvaluationSheetView create(
            String municipalityCode,
            int year,
            String departmentCode,
            SheetContent content,
            String by,
            boolean illustrative) {
        return newSheets.of(municipalityCode, year).create(departmentCode, content, by, illustrative);
    }

    @Transactional
    public EvaluationSheetView write(SheetReference ref, long editedVersion, SheetContent content) {
        EvaluationSheet sheet = store.load(ref, editedVersion);
        content =
                content.keepingYearsOutside(store.layout(ref.municipalityCode()).years(ref.year()), sheet.content());
        links.check(ref.municipalityCode(), ref.year()).check(sheet.departmentCode(), content);
        sheet.write(content);
        return store.flushed(ref, sheet);
    }

    /**
     * The sheets of one workbook, each with the version it was exported at: all written, or none (any stale version,
     * broken link or frozen sheet among the changed ones refuses the whole). Sheets whose content is unchanged are not
     * touched. Returns the numbers of the sheets that changed.
     */
    @Transactional
    public List<Integer> writeAll(
            String municipalityCode, int year, Map<Integer, Map.Entry<Long, SheetContent>> contents) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        fy.requireOpen();
        Map<Integer, EvaluationSheet> byNumber =
                sheets.inYear(fy.id()).stream().collect(Collectors.toMap(EvaluationSheet::number, Function.identity()));
        SheetLinks.Check check = links.check(municipalityCode, year);
        List<Integer> shown = store.layout(municipalityCode).years(year);
        List<Integer> changed = new ArrayList<>();
        for (var e : contents.entrySet()) {
            EvaluationSheet sheet = byNumber.get(e.getKey());
            if (sheet == null) {
                throw SheetStore.notFound(new SheetReference(municipalityCode, year, e.getKey()));
            }
            ConcurrentEditException.check(e.getValue().getKey(), sheet.version());
            SheetContent content = e.getValue().getValue().keepingYearsOutside(shown, sheet.content());
            if (content.equals(sheet.content())) {
                continue;
            }
            check.check(sheet.departmentCode(), content);
            sheet.write(content);
            changed.add(e.getKey());
        }
        sheets.flush();
        return changed;
    }
}
