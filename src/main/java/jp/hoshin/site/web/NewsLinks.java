package jp.hoshin.site.web;

import java.time.LocalDate;

import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.Messages;
import jp.hoshin.site.Glance.News;

/** A publication as a line with its address (the front page's list of what is new, the Atom feed). */
final class NewsLinks {

    private NewsLinks() {}

    /** One line: the day (和暦), what it is and where it is. */
    public record NewsLink(LocalDate date, String dateLabel, String text, String href) {}

    static NewsLink link(News n, String municipalityCode) {
        String base = "/m/" + municipalityCode;
        String href = switch (n.kind()) {
            case PLANS -> base + "/" + n.year() + "/plans";
            case RESULTS -> base + "/" + n.year() + "/results";
            case EVALUATIONS -> base + "/" + n.year() + "/evaluations";
            case WHITE_PAPER -> base + "/" + n.year() + "/white-paper";
            case CONSULTATION, CONSULTATION_RESULTS -> base + "/comments/" + n.id();
        };
        String key = switch (n.kind()) {
            case PLANS -> "site.news.plans";
            case RESULTS -> "site.news.results";
            case EVALUATIONS -> "site.news.evaluations";
            case WHITE_PAPER -> "site.news.white_paper";
            case CONSULTATION -> "site.news.consultation";
            case CONSULTATION_RESULTS -> "site.news.consultation_results";
        };
        String text = Messages.get(key, n.title());
        return new NewsLink(n.date(), JapaneseDates.format(n.date()), text, href);
    }
}
