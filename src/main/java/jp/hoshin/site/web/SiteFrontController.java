package jp.hoshin.site.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import jp.hoshin.departmentplan.PlanPublicationNames;
import jp.hoshin.departmentplan.ResultCounts;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.IndicatorJudgement.Status;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.CountChart;
import jp.hoshin.shared.web.PublicPages;
import jp.hoshin.shared.web.ReadOnlyPage;
import jp.hoshin.site.Glance;
import jp.hoshin.site.SiteGlance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A municipality's front page: the city at a glance, what is new, and its years (each linked only to what is there). */
@Controller
class SiteFrontController {

    static final String VIEW = "site/municipality";

    static final Map<Status, String> JUDGEMENT_FILLS = Map.of(
            Status.ACHIEVED, "#0072b2",
            Status.ON_TRACK, "#009e73",
            Status.BEHIND, "#e69f00",
            Status.WORSENING, "#d55e00",
            Status.NOT_JUDGED, "#8a8a8a");

    private final Municipalities municipalities;
    private final SiteGlance glance;
    private final Clock clock;
    private final PlanPublicationNames publicationNames;

    SiteFrontController(
            Municipalities municipalities, SiteGlance glance, Clock clock, PlanPublicationNames publicationNames) {
        this.municipalities = municipalities;
        this.glance = glance;
        this.clock = clock;
        this.publicationNames = publicationNames;
    }

    /** A plan's score with its chart. */
    public record PlanCard(Glance.PlanScore score, String chart) {}

    @GetMapping({"/m/{code}/", "/m/{code}"})
    @ReadOnlyPage
    String front(@PathVariable String code, Model model, HttpServletRequest request) {
        MunicipalityView m = municipalities.get(code);
        Glance g = glance.glance(m.code());
        model.addAttribute("municipality", m);
        model.addAttribute("glance", g);
        model.addAttribute("judgementStatuses", Status.values());
        model.addAttribute("publicationNames", publicationNames.names(m.code()));
        List<PlanCard> cards = new ArrayList<>();
        for (Glance.PlanScore s : g.plans()) {
            cards.add(new PlanCard(s, judgementChart("plan-chart-" + s.key(), s)));
        }
        model.addAttribute("planCards", cards);
        if (g.results() != null) {
            model.addAttribute("resultsChart", resultsChart("results-chart", g.results()));
        }
        model.addAttribute(
                "news",
                g.recent().stream().map(n -> NewsLinks.link(n, m.code())).toList());
        Consultations.nextChange(g.consultations(), clock.instant())
                .ifPresent(until -> PublicPages.validUntil(request, until));
        return VIEW;
    }

    static String judgementChart(String id, Glance.PlanScore score) {
        List<CountChart.Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Status s : Status.values()) {
            int n = score.counts().getOrDefault(s, 0);
            parts.add(new CountChart.Part(s.label(), n, JUDGEMENT_FILLS.get(s), s == Status.WORSENING));
            text.append(Messages.get("site.glance.chartPart", s.label(), String.valueOf(n)));
        }
        return CountChart.svg(
                id, Messages.get("site.glance.chartTitle", score.name(), String.valueOf(score.total()), text), parts);
    }

    static String resultsChart(String id, Glance.ResultsScore results) {
        return resultsChart(id, results.fiscalYear().year().label(), results.counts());
    }

    /** The bar of a results announcement's counts (of a year, or of a department in a year) with its text alternative. */
    static String resultsChart(String id, String of, ResultCounts counts) {
        List<CountChart.Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        var levels = counts.levels();
        for (int i = 0; i < levels.size(); i++) {
            var level = levels.get(i);
            boolean last = i == levels.size() - 1;
            parts.add(new CountChart.Part(level.label(), level.count(), CountChart.scaleFill(i, levels.size()), last));
            text.append(Messages.get("site.glance.chartPart", level.label(), String.valueOf(level.count())));
        }
        return CountChart.svg(
                id, Messages.get("site.glance.resultsChartTitle", of, String.valueOf(counts.recorded()), text), parts);
    }
}
