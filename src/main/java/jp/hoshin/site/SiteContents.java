package jp.hoshin.site;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.hoshin.departmentplan.MidYearChecks;
import jp.hoshin.departmentplan.ProjectView;
import jp.hoshin.departmentplan.PublishedPlans;
import jp.hoshin.evaluation.PublishedEvaluations;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.Organization;
import jp.hoshin.whitepaper.WhitePapers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What citizens can read of each fiscal year of a municipality ({@link YearContents}). */
@Service
public class SiteContents {

    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final PublishedPlans plans;
    private final MidYearChecks midYearChecks;
    private final PublishedEvaluations evaluations;
    private final WhitePapers whitePapers;

    SiteContents(
            FiscalYears fiscalYears,
            Organization organization,
            PublishedPlans plans,
            MidYearChecks midYearChecks,
            PublishedEvaluations evaluations,
            WhitePapers whitePapers) {
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.plans = plans;
        this.midYearChecks = midYearChecks;
        this.evaluations = evaluations;
        this.whitePapers = whitePapers;
    }

    /** Every year of the municipality, newest first, with what is public of it. */
    @Transactional(readOnly = true)
    public List<YearContents> years(String municipalityCode) {
        Map<Integer, String> papers = whitePaperTitles(municipalityCode);
        return fiscalYears.list(municipalityCode).stream()
                .map(fy -> contents(fy, papers))
                .toList();
    }

    /** One year with what is public of it; a 404 in Japanese for a year the municipality does not have. */
    @Transactional(readOnly = true)
    public YearContents year(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        return contents(fy, whitePaperTitles(municipalityCode));
    }

    private Map<Integer, String> whitePaperTitles(String municipalityCode) {
        return whitePapers.published(municipalityCode).stream()
                .collect(
                        Collectors.toMap(WhitePapers.Published::fiscalYear, WhitePapers.Published::title, (a, b) -> a));
    }

    private YearContents contents(FiscalYearView fy, Map<Integer, String> papers) {
        String code = fy.municipalityCode();
        int year = fy.year().startYear();
        var published = plans.publishedPlans(code, year);
        int mainProjects = (int) published.stream()
                .flatMap(p -> p.plan().projects().stream())
                .filter(ProjectView::main)
                .count();
        return new YearContents(
                fy,
                organization.departments(fy).size(),
                published.size(),
                plans.publishedResults(code, year).size(),
                midYearChecks.published(code, year).size(),
                mainProjects,
                evaluations.published(code, year).size(),
                papers.get(year));
    }
}
