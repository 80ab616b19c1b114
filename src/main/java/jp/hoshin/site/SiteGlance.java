package jp.hoshin.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.hoshin.departmentplan.ProgressScales;
import jp.hoshin.departmentplan.PublishedPlans;
import jp.hoshin.departmentplan.ResultCounts;
import jp.hoshin.departmentplan.ScaleKind;
import jp.hoshin.evaluation.PublishedEvaluations;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.publiccomment.ConsultationStatus;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.site.Glance.News;
import jp.hoshin.site.Glance.NewsKind;
import jp.hoshin.site.Glance.ResultsScore;
import jp.hoshin.whitepaper.WhitePapers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a municipality at a glance ({@link Glance}) and what it published recently ({@link #news}). */
@Service
public class SiteGlance {

    private final SiteContents contents;
    private final PlanScores planScores;
    private final PublishedPlans plans;
    private final ProgressScales scales;
    private final PublishedEvaluations evaluations;
    private final Consultations consultations;
    private final WhitePapers whitePapers;

    SiteGlance(
            SiteContents contents,
            PlanScores planScores,
            PublishedPlans plans,
            ProgressScales scales,
            PublishedEvaluations evaluations,
            Consultations consultations,
            WhitePapers whitePapers) {
        this.contents = contents;
        this.planScores = planScores;
        this.plans = plans;
        this.scales = scales;
        this.evaluations = evaluations;
        this.consultations = consultations;
        this.whitePapers = whitePapers;
    }

    @Transactional(readOnly = true)
    public Glance glance(String municipalityCode) {
        List<WhitePapers.Published> papers = whitePapers.published(municipalityCode);
        List<SiteContents.YearRead> years = contents.read(municipalityCode, papers);
        List<ConsultationView> all = consultations.publicConsultations(municipalityCode);
        List<ConsultationView> shown = all.stream()
                .filter(c -> c.status() == ConsultationStatus.OPEN || c.status() == ConsultationStatus.UPCOMING)
                .sorted(Comparator.comparing(c -> c.period().deadline()))
                .toList();
        return new Glance(
                planScores.of(municipalityCode),
                latestResults(municipalityCode, years),
                shown,
                papers.isEmpty() ? null : papers.getFirst(),
                news(municipalityCode, years, papers, all, 8),
                years.stream().map(SiteContents.YearRead::contents).toList());
    }

    /** What was published, newest first, at most {@code limit} items. */
    @Transactional(readOnly = true)
    public List<News> news(String municipalityCode, int limit) {
        List<WhitePapers.Published> papers = whitePapers.published(municipalityCode);
        return news(
                municipalityCode,
                contents.read(municipalityCode, papers),
                papers,
                consultations.publicConsultations(municipalityCode),
                limit);
    }

    /** The newest year with published results, from what the years' reading already holds. */
    private @Nullable ResultsScore latestResults(String municipalityCode, List<SiteContents.YearRead> years) {
        for (SiteContents.YearRead y : years) {
            if (!y.results().isEmpty()) {
                ResultCounts counts = ResultCounts.of(
                        scales.scale(municipalityCode, ScaleKind.RESULT),
                        y.results().stream().flatMap(p -> p.projects().stream()).toList());
                return new ResultsScore(
                        y.contents().fiscalYear(), counts, y.results().size());
            }
        }
        return null;
    }

    private List<News> news(
            String municipalityCode,
            List<SiteContents.YearRead> read,
            List<WhitePapers.Published> papers,
            List<ConsultationView> consultationsOfCity,
            int limit) {
        List<News> news = new ArrayList<>();
        for (SiteContents.YearRead r : read) {
            YearContents y = r.contents();
            if (y.plans() > 0 || y.results() > 0) {
                Optional<LocalDate> on = plans.publishedOn(municipalityCode, y.startYear());
                NewsKind kind = y.results() > 0 ? NewsKind.RESULTS : NewsKind.PLANS;
                on.ifPresent(
                        d -> news.add(new News(d, kind, y.fiscalYear().year().label(), y.startYear(), null)));
            }
            if (y.evaluations() > 0) {
                evaluations
                        .publishedOn(r.sheets())
                        .ifPresent(d -> news.add(new News(
                                d, NewsKind.EVALUATIONS, y.fiscalYear().year().label(), y.startYear(), null)));
            }
        }
        for (WhitePapers.Published p : papers) {
            news.add(new News(p.latest().issuedOn(), NewsKind.WHITE_PAPER, p.title(), p.fiscalYear(), null));
        }
        for (ConsultationView c : consultationsOfCity) {
            if (c.announcedAt() != null) {
                news.add(new News(
                        LocalDate.ofInstant(c.announcedAt(), FiscalYear.JAPAN),
                        NewsKind.CONSULTATION,
                        c.content().title(),
                        null,
                        c.id()));
            }
            if (c.resultsPublishedAt() != null) {
                news.add(new News(
                        LocalDate.ofInstant(c.resultsPublishedAt(), FiscalYear.JAPAN),
                        NewsKind.CONSULTATION_RESULTS,
                        c.content().title(),
                        null,
                        c.id()));
            }
        }
        return news.stream()
                .sorted(Comparator.comparing(News::date).reversed())
                .limit(limit)
                .toList();
    }
}
