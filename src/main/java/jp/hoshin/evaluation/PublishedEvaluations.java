package jp.hoshin.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公表された評価 — the evaluations citizens read: published sheets (or the published version of one under revision), and
 * the counts by 今後の方向性 the white paper and the public index show.
 */
@Service
public class PublishedEvaluations {

    private final SheetRepository sheets;
    private final SheetStore store;
    private final FiscalYears fiscalYears;
    private final Organization organization;

    private final StepRepository steps;

    PublishedEvaluations(
            SheetRepository sheets,
            SheetStore store,
            FiscalYears fiscalYears,
            Organization organization,
            StepRepository steps) {
        this.sheets = sheets;
        this.steps = steps;
        this.store = store;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
    }

    /**
     * The day (in Japan) the last of these published sheets was published: the date their PDF carries, however much
     * later it is printed. Empty when none of them was published through Hoshin's steps.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> publishedOn(List<EvaluationSheetView> published) {
        if (published.isEmpty()) {
            return Optional.empty();
        }
        return steps.lastPublished(
                        published.stream().map(EvaluationSheetView::id).toList())
                .map(at -> LocalDate.ofInstant(at, FiscalYear.JAPAN));
    }

    /** The sheets citizens can read: published ones, or the published version of one under revision. */
    @Transactional(readOnly = true)
    public List<EvaluationSheetView> published(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        Map<Integer, Long> labor = store.laborUnitCosts(municipalityCode);
        List<YearColumn> columns = store.columns(municipalityCode);
        return sheets.inYear(fy.id()).stream()
                .flatMap(s -> publicView(s, year, labor, columns).stream())
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<EvaluationSheetView> publishedSheet(SheetReference ref) {
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        return sheets.find(fy.id(), ref.number())
                .flatMap(s -> publicView(
                        s,
                        ref.year(),
                        store.laborUnitCosts(ref.municipalityCode()),
                        store.columns(ref.municipalityCode())));
    }

    /** The directions the municipality lists now, in order (the public index's and the white paper's columns). */
    @Transactional(readOnly = true)
    public List<String> directions(String municipalityCode) {
        return store.layout(municipalityCode).directions();
    }

    /**
     * The published sheet as citizens read it: its values and labels as published, its year columns as the
     * municipality's form has them now (a sheet keeps every year it holds).
     */
    private static Optional<EvaluationSheetView> publicView(
            EvaluationSheet sheet, int year, Map<Integer, Long> labor, List<YearColumn> columns) {
        if (sheet.stage() == EvaluationStage.PUBLISHED) {
            return Optional.of(sheet.view(year, labor, columns));
        }
        String snapshot = sheet.publishedSnapshot();
        return snapshot == null
                ? Optional.empty()
                : Optional.of(JsonColumns.JSON
                        .readValue(snapshot, EvaluationSheetView.class)
                        .withColumns(columns));
    }

    /**
     * Counts of the published evaluations of a year, for the white paper and the public index. {@code byDirection} runs
     * in the order of the municipality's list, then any other label a sheet was published with (an earlier list's, as
     * it is).
     */
    public record Summary(int year, int total, Map<String, Long> byDirection, List<DepartmentCount> byDepartment) {

        /** The directions counted, in order (the columns of a table of counts). */
        public List<String> directions() {
            return List.copyOf(byDirection.keySet());
        }
    }

    /** One department's published evaluations by direction (the same keys as the summary's). */
    public record DepartmentCount(
            String departmentCode, String departmentName, int total, Map<String, Long> byDirection) {}

    /** How many published evaluations of the year reached each 今後の方向性, overall and per department (in department order). */
    @Transactional(readOnly = true)
    public Summary summary(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        List<EvaluationSheetView> published = published(municipalityCode, year);
        List<String> labels = new ArrayList<>(store.layout(municipalityCode).directions());
        published.stream()
                .map(EvaluationSheetView::finalDirection)
                .filter(d -> d != null && !labels.contains(d))
                .distinct()
                .forEach(labels::add);
        Map<String, Long> total = countByDirection(labels, published);
        List<DepartmentCount> departments = new ArrayList<>();
        Map<String, List<EvaluationSheetView>> byDept =
                published.stream().collect(Collectors.groupingBy(EvaluationSheetView::departmentCode));
        for (DepartmentView d : organization.departments(fy)) {
            List<EvaluationSheetView> own = byDept.getOrDefault(d.code(), List.of());
            if (!own.isEmpty()) {
                departments.add(new DepartmentCount(d.code(), d.name(), own.size(), countByDirection(labels, own)));
            }
        }
        return new Summary(year, published.size(), total, departments);
    }

    private static Map<String, Long> countByDirection(List<String> labels, List<EvaluationSheetView> list) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String d : labels) {
            counts.put(d, 0L);
        }
        list.forEach(s -> {
            if (s.finalDirection() != null) {
                counts.merge(s.finalDirection(), 1L, Long::sum);
            }
        });
        return counts;
    }
}
