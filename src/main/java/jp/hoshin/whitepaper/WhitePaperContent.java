package jp.hoshin.whitepaper;

import java.util.List;
import java.util.regex.Matcher;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.PolicyRows.ElementRow;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.display.IndicatorTable;
import org.jspecify.annotations.Nullable;

/**
 * The white paper of a year as the PDF and the HTML chapters lay it out: cover and front matter, then the
 * chosen chapters with their numbers. Everything but the front matter comes from the data.
 */
public record WhitePaperContent(
        MunicipalityView municipality,
        FiscalYear fiscalYear,
        FrontMatter front,
        String issuedOn,
        List<Chapter> chapters) {

    /** 三鷹市自治体経営白書 2021 — the title as the cover and the running header show it. */
    public String fullTitle() {
        return front.title().startsWith(municipality.name()) ? front.title() : municipality.name() + front.title();
    }

    /** A chapter: 第1章, its title, its introduction and its sections. {@code kind} selects the layout. */
    public record Chapter(
            String id,
            int number,
            String title,
            String kind,
            List<String> intro,
            @Nullable BasicPlanPart basicPlan,
            @Nullable StrategyPart strategy,
            @Nullable ActionPlanPart actionPlan,
            List<DepartmentResult> results,
            @Nullable EvaluationPart evaluations,
            @Nullable MeasureEvaluationPart measureEvaluations) {

        /** A chapter without measure evaluations. */
        public Chapter(
                String id,
                int number,
                String title,
                String kind,
                List<String> intro,
                @Nullable BasicPlanPart basicPlan,
                @Nullable StrategyPart strategy,
                @Nullable ActionPlanPart actionPlan,
                List<DepartmentResult> results,
                @Nullable EvaluationPart evaluations) {
            this(id, number, title, kind, intro, basicPlan, strategy, actionPlan, results, evaluations, null);
        }

        public String heading() {
            return "第" + number + "章 " + title;
        }

        public String anchor() {
            return "ch" + number;
        }
    }

    /** 第1節 …について (概要, 施策体系) and 第2節 各施策の進捗状況. */
    public record BasicPlanPart(
            PlanRow plan, List<String> overview, int measureCount, int indicatorCount, List<Division> divisions) {}

    /** 第1部 …: its measures in order. */
    public record Division(ElementRow element, List<Measure> measures) {}

    /**
     * 第1 国際化の推進 [主な担当課]: the indicator tables (目標指標 of the year), one chart per indicator and the progress of
     * the year. A measure split into parts (第4 商業環境の整備 → 1 商業環境の充実, 2 都市型観光の推進) is the heading of its parts.
     */
    public record Measure(
            ElementRow element, int level, List<IndicatorTable> tables, List<Chart> charts, List<String> progress) {}

    /** A chart of one indicator: the SVG markup (text alternative inside), its summary and the id of its row in the table. */
    public record Chart(
            String name,
            String svg,
            String summary,
            @Nullable String tableRowId) {

        /**
         * The SVG for the PDF: with the {@code alt} text PDF/UA asks of every image, and no text exactly 12 units
         * high — openhtmltopdf 1.1.31's Batik bridge draws text of font-size 12 at a fraction of its size.
         */
        public String pdfSvg() {
            String alt = (name + "のグラフ。" + summary)
                    .replace("&", "&amp;")
                    .replace("\"", "&quot;")
                    .replace("<", "&lt;");
            return svg.replaceFirst("<svg ", "<svg alt=\"" + Matcher.quoteReplacement(alt) + "\" ")
                    .replace("font-size=\"12\"", "font-size=\"12.01\"");
        }
    }

    /** 第3節 総合戦略: 概要, the 基本目標 with 施策の方向 and 数値目標, then the KPI tables by goal. */
    public record StrategyPart(PlanRow plan, int sectionNumber, List<String> overview, List<Goal> goals) {}

    public record Goal(
            ElementRow element,
            List<String> direction,
            List<IndicatorTable> goalTables,
            List<IndicatorTable> kpiTables,
            List<String> progress) {}

    /** 第2章 行財政改革: 概要, 体系 by 基本的な考え方, then each 体系 with its 個別課題 that progressed in the year. */
    public record ActionPlanPart(
            PlanRow plan,
            List<String> overview,
            List<Principle> principles,
            List<SystemSection> systems,
            int itemCount) {}

    public record Principle(ElementRow element, List<ElementRow> systems) {}

    public record SystemSection(ElementRow element, List<Item> items) {}

    /** 1-(6) 【主要】 図書館ネットワークの再構築 — 教育部: 概要 and the year's 取組状況等. */
    public record Item(ElementRow element, List<String> overview, List<String> progress) {}

    /** A department's 運営方針と目標 and their published results of the year. */
    public record DepartmentResult(
            String departmentCode,
            String departmentName,
            @Nullable String missionHeadline,
            List<String> mission,
            List<ProjectResult> projects,
            @Nullable String summary,
            String counts) {}

    /**
     * 事業評価の結果: how many of the year's published evaluations reached each 今後の方向性, overall and per department, and
     * each evaluated project with its cost and direction (the sheets themselves are on the public evaluation pages).
     */
    public record EvaluationPart(
            int total,
            List<String> directions,
            List<Long> totals,
            List<EvaluationDepartment> departments,
            List<EvaluatedProject> projects) {}

    /**
     * 施策評価の結果: how many of the year's published measure evaluations reached each rating and each 今後の方向性 (in the
     * municipality's list order, then other labels as published), and each measure with its rating and direction.
     */
    public record MeasureEvaluationPart(
            int total,
            List<String> ratings,
            List<Long> ratingCounts,
            List<String> directions,
            List<Long> directionCounts,
            List<EvaluatedMeasure> measures) {}

    public record EvaluatedMeasure(
            String title,
            String owners,
            @Nullable String rating,
            @Nullable String direction,
            String href) {}

    public record EvaluationDepartment(String departmentName, int total, List<Long> counts) {}

    public record EvaluatedProject(
            int number,
            String name,
            String departmentName,
            @Nullable String totalCost,
            @Nullable String direction,
            String href) {}

    public record ProjectResult(
            int number,
            String title,
            List<String> targets,
            @Nullable String result,
            @Nullable String explanation) {}
}
