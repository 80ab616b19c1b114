package jp.hoshin.policyplan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.IndicatorJudgement;
import jp.hoshin.policyplan.PolicyDataExport;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.PolicyRows.ElementRow;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.PhaseRow;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyRows.RevisionRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import jp.hoshin.policyplan.PolicyTable;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.PolicyViews.PlanView;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data of the plans and indicators: JSON of each plan with its structure, indicators, values and
 * computed judgements; the plan data tables as CSV (the import format, docs/plan-data-format.md); and
 * one flat CSV of a plan's indicator values (docs/open-data.md). Identifiers (計画ID, 要素ID, 指標ID) are
 * the stable keys the city gives them.
 */
@RestController
@Tag(name = "計画と指標", description = "基本計画・総合戦略・アクションプランの体系、目標指標と年度ごとの値（オープンデータ）")
class PolicyPlanApiController {

    /** The flat indicator CSV's columns. */
    static final List<String> INDICATOR_COLUMNS = List.of(
            "団体コード", "計画ID", "計画名", "要素ID", "番号", "要素名", "役割", "指標ID", "指標名", "単位", "内訳名称", "内訳単位", "方向", "年度", "種類",
            "値", "内訳値", "参照時点", "補足", "市の評価", "目標年度", "目標値", "目標状態", "判定", "判定年度", "集計", "基準値の年度", "見込みの判定");

    record ElementDto(ElementRow element, List<String> ownerDepartments, List<PlacedIndicatorDto> indicators) {}

    record PlacedIndicatorDto(
            IndicatorRow indicator,
            String role,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue,
            List<ValueRow> values,
            IndicatorJudgement.Judgement judgement,
            List<ValueRow> provisional,
            IndicatorJudgement.@Nullable Judgement forecastJudgement) {}

    record PlanDto(
            PlanRow plan,
            List<RevisionRow> revisions,
            List<PhaseRow> phases,
            List<ElementDto> elements,
            String judgementRule) {}

    private final Municipalities municipalities;
    private final PolicyPlans plans;
    private final PolicyDataExport export;

    PolicyPlanApiController(Municipalities municipalities, PolicyPlans plans, PolicyDataExport export) {
        this.municipalities = municipalities;
        this.plans = plans;
        this.export = export;
    }

    @GetMapping("/api/v1/municipalities/{code}/plans")
    @Operation(summary = "計画の一覧（基本構想・基本計画・総合戦略・行財政改革）")
    List<PlanRow> list(@PathVariable String code) {
        return plans.plans(code);
    }

    @GetMapping("/api/v1/municipalities/{code}/plans/{planKey}")
    @Operation(summary = "計画の体系、各要素の指標と年度ごとの値、Hoshinによる判定")
    PlanDto plan(@PathVariable String code, @PathVariable String planKey) {
        PlanView view = plans.plan(code, planKey);
        Map<String, List<PlacedIndicator>> placed = plans.indicatorsOf(code, planKey);
        var owners = plans.owners(code);
        return new PlanDto(
                view.plan(),
                view.revisions(),
                view.phases(),
                view.elements().stream()
                        .map(e -> new ElementDto(
                                e.element(),
                                owners.of(e.element()),
                                placed.getOrDefault(e.element().key(), List.of()).stream()
                                        .map(i -> new PlacedIndicatorDto(
                                                i.indicator(),
                                                i.role().label(),
                                                i.targetYear(),
                                                i.targetValue(),
                                                i.values(),
                                                i.judgement(),
                                                i.provisional(),
                                                i.forecast()))
                                        .toList()))
                        .toList(),
                IndicatorJudgement.rule(view.plan().scheme(), view.plan().baselineLabel()));
    }

    @GetMapping(
            value = "/api/v1/municipalities/{code}/plans/{planKey:(?!tables$).+}/indicators.csv",
            produces = "text/csv")
    @Operation(
            summary = "計画の目標指標と年度ごとの値（CSV、UTF-8 BOM付き、指標と年度ごとに1行）",
            description = "列: 団体コード, 計画ID, 計画名, 要素ID, 番号, 要素名, 役割（目標指標/数値目標/KPI）, 指標ID, 指標名, 単位, 内訳名称, 内訳単位, "
                    + "方向（増加/減少/維持）, 年度, 種類（実績/見込/中間）, 値（空欄は値なし。目標が状態の指標は至った状態）, 内訳値, 参照時点, 補足, 市の評価, 目標年度, 目標値, 目標状態, "
                    + "判定（Hoshinの計算）, 判定年度, 集計（年間/時点/累計）, 基準値の年度（計画の基準年度に値がなく後の値を使ったとき）, 見込みの判定")
    ResponseEntity<byte[]> indicatorsCsv(@PathVariable String code, @PathVariable String planKey) {
        PlanView view = plans.plan(code, planKey);
        Map<String, List<PlacedIndicator>> placed = plans.indicatorsOf(code, planKey);
        List<List<?>> rows = new ArrayList<>();
        rows.add(INDICATOR_COLUMNS);
        for (var e : view.elements()) {
            for (PlacedIndicator i : placed.getOrDefault(e.element().key(), List.of())) {
                IndicatorRow d = i.indicator();
                List<ValueRow> all = new ArrayList<>(i.values());
                all.addAll(i.provisional());
                all.sort(Comparator.comparingInt(ValueRow::fiscalYear).thenComparing(ValueRow::kind));
                for (ValueRow v : all) {
                    rows.add(Arrays.asList(
                            code,
                            view.plan().key(),
                            view.plan().name(),
                            e.element().key(),
                            e.element().number(),
                            e.element().name(),
                            i.role().label(),
                            d.key(),
                            d.name(),
                            d.unit(),
                            d.subName(),
                            d.subUnit(),
                            d.direction().label(),
                            v.fiscalYear(),
                            v.kind().label(),
                            v.state() != null ? v.state() : plain(v.value()),
                            plain(v.subValue()),
                            v.reference() == null ? null : v.reference().label(),
                            v.note(),
                            v.officialJudgement(),
                            i.targetYear(),
                            plain(i.targetValue()),
                            d.targetState(),
                            i.judgement().label(),
                            i.judgement().year(),
                            d.aggregation().label(),
                            i.judgement().baselineYear(),
                            i.forecast() == null ? null : i.forecast().shownLabel()));
                }
            }
        }
        return Downloads.csv(code + "_" + planKey + "_indicators.csv", rows);
    }

    @GetMapping(value = "/api/v1/municipalities/{code}/plans/tables/{table}.csv", produces = "text/csv")
    @Operation(
            summary =
                    "計画データの表（取込形式と同じ。table: plans, revisions, phases, elements, indicators, placements, values, progress）")
    ResponseEntity<byte[]> table(@PathVariable String code, @PathVariable String table) {
        MunicipalityView m = municipalities.get(code);
        PolicyTable t = PolicyDataFiles.table(table)
                .orElseThrow(() -> new NotFoundException(Messages.get("policy.table.notFound", table)));
        return Downloads.csv(
                m.code() + "_" + table + ".csv",
                new ArrayList<>(export.tables(m.code()).get(t)));
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
