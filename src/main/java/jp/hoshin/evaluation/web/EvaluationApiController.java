package jp.hoshin.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import jp.hoshin.evaluation.CostBreakdown;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.PerformanceIndicator;
import jp.hoshin.evaluation.PublishedEvaluations;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.evaluation.SheetLayout;
import jp.hoshin.evaluation.SheetSettings;
import jp.hoshin.evaluation.YearColumn;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: the published evaluations of a year as CSV, one row per sheet (columns in docs/open-data.md). A municipality
 * whose form has other year columns than the default gets two more columns per year column, named relative to the
 * sheet's year and with the column's kind (「前年度決算の事業費（円）」「前年度決算のトータルコスト（円）」).
 */
@RestController
class EvaluationApiController {

    static final List<String> COLUMNS = List.of(
            "自治体コード",
            "年度",
            "番号",
            "事業名",
            "部コード",
            "部",
            "課",
            "施策等の要素ID",
            "事業期間",
            "新規・継続",
            "実施方法",
            "根拠法令",
            "根拠法令の区分",
            "対象",
            "意図",
            "手段",
            "成果指標",
            "成果指標の単位",
            "成果指標の目標値",
            "成果指標の実績値",
            "成果指標の達成率（%）",
            "事業費（円）",
            "うち一般財源（円）",
            "人工数",
            "人件費単価（円）",
            "人件費（円）",
            "トータルコスト（円）",
            "単位コスト（円）",
            "妥当性",
            "有効性",
            "効率性",
            "今後の方向性",
            "改善の内容",
            "説明用の架空データ");

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final PublishedEvaluations evaluations;
    private final SheetSettings settings;
    private final jp.hoshin.evaluation.SheetExtraFields extraFields;

    EvaluationApiController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            PublishedEvaluations evaluations,
            SheetSettings settings,
            jp.hoshin.evaluation.SheetExtraFields extraFields) {
        this.settings = settings;
        this.extraFields = extraFields;
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.evaluations = evaluations;
    }

    /** How many published evaluations reached one 今後の方向性. */
    record DirectionCount(String direction, long count) {}

    /** One department's published evaluations by direction. */
    record DepartmentCount(String departmentCode, String departmentName, int total, List<DirectionCount> byDirection) {}

    /** One year column of the municipality's sheet form, relative to the sheet's year. */
    record YearColumnDto(int offset, @Nullable String kind, String name) {}

    /** The published evaluations of a year counted by direction, and the form their sheets are shown in. */
    record SummaryDto(
            String municipalityCode,
            int fiscalYear,
            int total,
            List<String> directions,
            List<DirectionCount> byDirection,
            List<DepartmentCount> departments,
            List<YearColumnDto> yearColumns) {}

    @GetMapping("/api/v1/municipalities/{code}/fiscal-years/{year}/evaluations")
    @Operation(
            summary = "公表された事業評価の今後の方向性ごとの件数（全体と部ごと）と、評価シートの年度の列",
            description = "方向性は自治体の一覧の順、その後に以前の一覧の名前で公表されたものがそのままの名前で続きます。")
    SummaryDto summary(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        fiscalYears.get(m.code(), year);
        PublishedEvaluations.Summary summary = evaluations.summary(m.code(), year);
        List<String> directions = summary.directions();
        return new SummaryDto(
                m.code(),
                year,
                summary.total(),
                directions,
                counts(directions, summary.byDirection()),
                summary.byDepartment().stream()
                        .map(d -> new DepartmentCount(
                                d.departmentCode(), d.departmentName(), d.total(), counts(directions, d.byDirection())))
                        .toList(),
                settings.layout(m.code()).columns().stream()
                        .map(c -> new YearColumnDto(
                                c.offset(), c.kind() == null ? null : c.kind().label(), c.relativeName()))
                        .toList());
    }

    private static List<DirectionCount> counts(List<String> directions, Map<String, Long> byDirection) {
        return directions.stream()
                .map(d -> new DirectionCount(d, byDirection.getOrDefault(d, 0L)))
                .toList();
    }

    @GetMapping(value = "/api/v1/municipalities/{code}/fiscal-years/{year}/evaluations.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        Map<String, String> names = organization.departments(fy).stream()
                .collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
        List<EvaluationSheetView> published = evaluations.published(m.code(), year);
        // 独自項目: one column per label that has a value in a published sheet, after the fixed ones
        Map<Long, List<jp.hoshin.customfield.ExtraField>> extras = extraFields.published(published);
        List<String> labels = new ArrayList<>();
        extras.values()
                .forEach(list -> list.forEach(f -> {
                    if (!labels.contains(f.label())) {
                        labels.add(f.label());
                    }
                }));
        // the form's year columns when they are not the default (two columns each), then the 独自項目
        List<YearColumn> extra = yearColumns(settings.layout(m.code()));
        List<List<?>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(columns(extra));
        header.addAll(labels);
        rows.add(header);
        for (EvaluationSheetView s : published) {
            List<@Nullable Object> row = row(m.code(), s, names);
            for (YearColumn c : extra) {
                CostBreakdown b = s.breakdown(c.year(s.year()));
                row.add(b.projectCost());
                row.add(b.totalCost());
            }
            Map<String, String> own = new java.util.HashMap<>();
            extras.getOrDefault(s.id(), List.of()).forEach(f -> own.put(f.label(), f.value()));
            labels.forEach(l -> row.add(own.get(l)));
            rows.add(row);
        }
        return Downloads.csv(m.code() + "_" + year + "_evaluations.csv", rows);
    }

    /** The year columns the CSV adds: none for the default form (its columns stay as they always were). */
    static List<YearColumn> yearColumns(SheetLayout layout) {
        return layout.columns().equals(SheetLayout.DEFAULT.columns()) ? List.of() : layout.columns();
    }

    static List<String> columns(List<YearColumn> extra) {
        List<String> columns = new ArrayList<>(COLUMNS);
        for (YearColumn c : extra) {
            columns.add(c.relativeName() + "の事業費（円）");
            columns.add(c.relativeName() + "のトータルコスト（円）");
        }
        return columns;
    }

    static List<@Nullable Object> row(String code, EvaluationSheetView s, Map<String, String> names) {
        SheetContent c = s.content();
        int y = s.year();
        CostBreakdown b = s.breakdown(y);
        PerformanceIndicator outcome = c.indicators().stream()
                .filter(i -> i.kind() == jp.hoshin.evaluation.IndicatorKind.OUTCOME)
                .findFirst()
                .orElse(null);
        var a = s.second().complete() ? s.second() : s.first();
        List<@Nullable Object> row = new ArrayList<>();
        row.add(code);
        row.add(y);
        row.add(s.number());
        row.add(c.name());
        row.add(s.departmentCode());
        row.add(names.getOrDefault(s.departmentCode(), ""));
        row.add(c.sectionName());
        row.add(c.policyElementKey());
        row.add(c.periodText());
        row.add(c.newProject() ? "新規" : "継続");
        row.add(c.methodsText());
        row.add(c.legalBasis());
        row.add(c.legalBasisKind() == null ? null : c.legalBasisKind().label());
        row.add(c.target());
        row.add(c.intent());
        row.add(c.means());
        row.add(outcome == null ? null : outcome.name());
        row.add(outcome == null ? null : outcome.unit());
        row.add(outcome == null ? null : plain(outcome.target(y)));
        row.add(outcome == null ? null : plain(outcome.actual(y)));
        row.add(outcome == null ? null : plain(outcome.achievementRate(y)));
        row.add(b.projectCost());
        row.add(b.generalFund());
        row.add(plain(b.personYears()));
        row.add(b.laborUnitCost());
        row.add(b.laborCost());
        row.add(b.totalCost());
        row.add(b.unitCost());
        row.add(a.relevance() == null ? null : a.relevance().name());
        row.add(a.effectiveness() == null ? null : a.effectiveness().name());
        row.add(a.efficiency() == null ? null : a.efficiency().name());
        row.add(s.finalDirection());
        row.add(a.improvement());
        row.add(s.illustrative() ? "架空" : "");
        return row;
    }

    private static @Nullable String plain(java.math.@Nullable BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }
}
