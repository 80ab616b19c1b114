package jp.hoshin.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hoshin.committee.Committees;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.MidYearChecks;
import jp.hoshin.departmentplan.ProjectView;
import jp.hoshin.departmentplan.PublishedPlans;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.PublishedEvaluations;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.measureevaluation.PublishedMeasureEvaluations;
import jp.hoshin.whitepaper.WhitePapers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What citizens can read of each fiscal year of a municipality ({@link YearContents}). */
@Service
public class SiteContents {

    private final FiscalYears fiscalYears;
    private final PublishedPlans plans;
    private final MidYearChecks midYearChecks;
    private final PublishedEvaluations evaluations;
    private final WhitePapers whitePapers;
    private final PublishedMeasureEvaluations measureEvaluations;
    private final Committees committees;

    SiteContents(
            FiscalYears fiscalYears,
            PublishedPlans plans,
            MidYearChecks midYearChecks,
            PublishedEvaluations evaluations,
            WhitePapers whitePapers,
            PublishedMeasureEvaluations measureEvaluations,
            Committees committees) {
        this.fiscalYears = fiscalYears;
        this.plans = plans;
        this.midYearChecks = midYearChecks;
        this.evaluations = evaluations;
        this.whitePapers = whitePapers;
        this.measureEvaluations = measureEvaluations;
        this.committees = committees;
    }

    /** Every year of the municipality, newest first, with what is public of it. */
    @Transactional(readOnly = true)
    public List<YearContents> years(String municipalityCode) {
        return read(municipalityCode, whitePapers.published(municipalityCode)).stream()
                .map(YearRead::contents)
                .toList();
    }

    /** One year with what is public of it; a 404 in Japanese for a year the municipality does not have. */
    @Transactional(readOnly = true)
    public YearContents year(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        return contents(fy, perYear(municipalityCode, whitePapers.published(municipalityCode)))
                .contents();
    }

    /**
     * A year as the front page reads it: its contents, with the published results and sheets kept, so that the latest
     * results and what is new are not read a second time.
     */
    record YearRead(YearContents contents, List<DepartmentPlanView> results, List<EvaluationSheetView> sheets) {}

    /** Every year, newest first, each read once. */
    List<YearRead> read(String municipalityCode, List<WhitePapers.Published> papers) {
        PerYear perYear = perYear(municipalityCode, papers);
        return fiscalYears.list(municipalityCode).stream()
                .map(fy -> contents(fy, perYear))
                .toList();
    }

    /** What is read once for all the years of a municipality: white paper titles, 施策評価 counts, committee years. */
    private record PerYear(Map<Integer, String> papers, Map<Integer, Integer> measures, Set<Integer> committeeYears) {}

    private PerYear perYear(String municipalityCode, List<WhitePapers.Published> papers) {
        return new PerYear(
                whitePaperTitles(papers),
                measureEvaluations.publicCountsByYear(municipalityCode),
                Set.copyOf(committees.publishedYears(municipalityCode)));
    }

    private static Map<Integer, String> whitePaperTitles(List<WhitePapers.Published> papers) {
        return papers.stream()
                .collect(
                        Collectors.toMap(WhitePapers.Published::fiscalYear, WhitePapers.Published::title, (a, b) -> a));
    }

    private YearRead contents(FiscalYearView fy, PerYear perYear) {
        String code = fy.municipalityCode();
        int year = fy.year().startYear();
        PublishedPlans.PublishedYear published = plans.year(fy);
        int mainProjects = (int) published.plans().stream()
                .flatMap(p -> p.plan().projects().stream())
                .filter(ProjectView::main)
                .count();
        List<EvaluationSheetView> sheets = evaluations.published(code, year);
        return new YearRead(
                new YearContents(
                        fy,
                        published.departments(),
                        published.plans().size(),
                        published.results().size(),
                        midYearChecks.published(code, year).size(),
                        mainProjects,
                        sheets.size(),
                        perYear.measures().getOrDefault(year, 0),
                        perYear.committeeYears().contains(year),
                        perYear.papers().get(year)),
                published.results(),
                sheets);
    }
}
