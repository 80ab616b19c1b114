package jp.hoshin.departmentplan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hoshin.customfield.ExtraField;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.PlanExtraFields;
import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.ProjectView;
import jp.hoshin.departmentplan.PublishedPlans;
import jp.hoshin.departmentplan.SectionRole;
import jp.hoshin.departmentplan.TargetIndicator;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "運営方針と目標", description = "公表された各部の運営方針と目標（結果は公表後のみ）")
class PlanApiController {

    record ProjectDto(
            int number,
            String title,
            @Nullable String leadSection,
            @Nullable String description,
            boolean main,
            List<TargetIndicator> targets,
            @Nullable String result,
            @Nullable String resultExplanation,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> extraFields) {
        static ProjectDto of(ProjectView p, PlanExtraFields.Shown extras) {
            return new ProjectDto(
                    p.number(),
                    p.title(),
                    p.leadSection(),
                    p.description(),
                    p.main(),
                    p.targets(),
                    p.result(),
                    p.resultExplanation(),
                    byLabel(extras.project(p.id())));
        }
    }

    /**
     * A published plan. {@code result} values are the labels of the municipality's result scale as recorded (by default
     * 達成 / 一部達成 / 着手 / 未達成), present once results are published.
     */
    record PlanDto(
            String departmentCode,
            String departmentName,
            @Nullable String missionHeadline,
            @Nullable String mission,
            List<SectionRole> sectionRoles,
            @Nullable Integer staffCount,
            @Nullable Long budgetYen,
            @Nullable String policies,
            List<ProjectDto> projects,
            @Nullable String summary,
            boolean resultsPublished,
            int revision,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> extraFields) {}

    /** 独自項目 as the API and the CSV give them: label → value as stored (dates 2026-04-01, numbers as entered). */
    static Map<String, String> byLabel(List<ExtraField> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach(f -> out.put(f.label(), f.value()));
        return out;
    }

    /** The columns of the open-data CSV, in order; documented in docs/open-data.md. */
    static final List<String> CSV_COLUMNS = List.of(
            "団体コード", "団体名", "年度", "年度（和暦）", "部コード", "部名", "事業番号", "事業名", "担当課", "重点", "事業内容", "目標指標", "指標名", "目標値",
            "単位", "期限", "基準値", "基準年度", "実績値", "結果", "結果の説明", "関連要素ID");

    private final PublishedPlans plans;
    private final Municipalities municipalities;
    private final PlanExtraFields extraFields;

    PlanApiController(PublishedPlans plans, Municipalities municipalities, PlanExtraFields extraFields) {
        this.extraFields = extraFields;
        this.plans = plans;
        this.municipalities = municipalities;
    }

    @GetMapping("/api/v1/municipalities/{code}/fiscal-years/{year}/department-plans")
    @Operation(summary = "公表された各部の運営方針と目標（個別事業、目標指標、公表済みの結果を含む）")
    List<PlanDto> list(@PathVariable String code, @PathVariable int year) {
        var published = plans.publishedPlans(code, year);
        var extras = extraFields.published(
                published.stream().map(PublishedPlans.PublishedPlan::plan).toList());
        return published.stream()
                .map(one -> {
                    DepartmentPlanView p = one.plan();
                    var c = p.content();
                    return new PlanDto(
                            one.departmentCode(),
                            one.departmentName(),
                            c.missionHeadline(),
                            c.mission(),
                            c.sectionRoles(),
                            c.staffCount(),
                            c.budgetYen(),
                            c.policies(),
                            p.projects().stream()
                                    .map(project -> ProjectDto.of(project, extras))
                                    .toList(),
                            p.summary(),
                            p.resultStatus() == PlanStatus.PUBLISHED,
                            p.revision(),
                            byLabel(extras.plan(p.id())));
                })
                .toList();
    }

    @GetMapping(value = "/api/v1/municipalities/{code}/fiscal-years/{year}/department-plans.csv", produces = "text/csv")
    @Operation(
            summary = "公表された各部の運営方針と目標のオープンデータ（CSV、UTF-8 BOM付き、目標指標ごとに1行）",
            description = "列: " + "団体コード, 団体名, 年度, 年度（和暦）, 部コード, 部名, 事業番号, 事業名, 担当課, 重点（○）, 事業内容, 目標指標, "
                    + "指標名, 目標値, 単位, 期限（YYYY-MM-DD）, 基準値, 基準年度, 実績値, 結果（達成/一部達成/着手/未達成）, 結果の説明, 関連要素ID（基本計画の施策・アクションプランの個別課題など、/api/v1/municipalities/{code}/plans の要素ID）。"
                    + "目標指標のない事業は目標の列を空にして1行。結果の列は結果の公表後に入ります。")
    ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        FiscalYear fy = FiscalYear.of(year);
        var published = plans.publishedPlans(m.code(), year);
        var extras = extraFields.published(
                published.stream().map(PublishedPlans.PublishedPlan::plan).toList());
        ExtraColumns extraColumns = ExtraColumns.of(extras);
        List<List<?>> rows = new ArrayList<>();
        rows.add(extraColumns.header(CSV_COLUMNS));
        for (var one : published) {
            DepartmentPlanView p = one.plan();
            boolean results = p.resultStatus() == PlanStatus.PUBLISHED;
            for (ProjectView project : p.projects()) {
                List<TargetIndicator> targets =
                        project.targets().isEmpty() ? Arrays.asList((TargetIndicator) null) : project.targets();
                for (TargetIndicator t : targets) {
                    rows.add(extraColumns.row(
                            extras,
                            p.id(),
                            project.id(),
                            Arrays.asList(
                                    m.code(),
                                    m.name(),
                                    year,
                                    fy.warekiLabel(),
                                    one.departmentCode(),
                                    one.departmentName(),
                                    project.number(),
                                    project.title(),
                                    project.leadSection(),
                                    project.main() ? "○" : "",
                                    project.description(),
                                    t == null ? null : t.text(),
                                    t == null ? null : t.measure(),
                                    t == null ? null : plain(t.targetValue()),
                                    t == null ? null : t.unit(),
                                    t == null ? null : t.deadline(),
                                    t == null ? null : plain(t.baselineValue()),
                                    t == null ? null : t.baselineYear(),
                                    t == null || !results ? null : plain(t.actualValue()),
                                    results ? project.result() : null,
                                    results ? project.resultExplanation() : null,
                                    project.policyElementKey())));
                }
            }
        }
        String filename = m.code() + "_" + year + "_department-plans.csv";
        return Downloads.csv(filename, rows);
    }

    /**
     * The CSV's 独自項目 columns after the fixed ones, by label: the plan's fields, then the projects' (a project field
     * whose label a plan field also has is named 「label（個別事業）」). None when no published plan has a value.
     */
    record ExtraColumns(List<String> planLabels, List<String> projectLabels) {

        static ExtraColumns of(PlanExtraFields.Shown extras) {
            return new ExtraColumns(extras.planLabels(), extras.projectLabels());
        }

        List<String> header(List<String> fixed) {
            List<String> header = new ArrayList<>(fixed);
            header.addAll(planLabels);
            projectLabels.forEach(l -> header.add(
                    planLabels.contains(l) ? l + "（" + jp.hoshin.customfield.FieldTarget.PROJECT.label() + "）" : l));
            return header;
        }

        List<?> row(PlanExtraFields.Shown extras, long planId, long projectId, List<?> fixed) {
            if (planLabels.isEmpty() && projectLabels.isEmpty()) {
                return fixed;
            }
            List<Object> row = new ArrayList<>(fixed);
            Map<String, String> plan = byLabel(extras.plan(planId));
            Map<String, String> project = byLabel(extras.project(projectId));
            planLabels.forEach(l -> row.add(plan.get(l)));
            projectLabels.forEach(l -> row.add(project.get(l)));
            return row;
        }
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
