package jp.hoshin.site.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.Messages;
import jp.hoshin.site.SiteGlance;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/** The Atom feed (RFC 4287) of a municipality's publications and consultations, newest first. */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 30;
    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private final Municipalities municipalities;
    private final SiteGlance glance;

    FeedController(Municipalities municipalities, SiteGlance glance) {
        this.municipalities = municipalities;
        this.glance = glance;
    }

    @GetMapping("/m/{code}/feed.atom")
    ResponseEntity<String> feed(@PathVariable String code) {
        MunicipalityView m = municipalities.get(code);
        String origin =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<NewsLinks.NewsLink> news = glance.news(m.code(), ENTRIES).stream()
                .map(n -> NewsLinks.link(n, m.code()))
                .toList();
        String front = origin + "/m/" + m.code() + "/";
        LocalDate updated =
                news.isEmpty() ? LocalDate.of(2000, 1, 1) : news.getFirst().date();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">\n")
                .append("  <title>")
                .append(text(Messages.get("site.feed.title", m.name())))
                .append("</title>\n")
                .append("  <id>")
                .append(text(front + "feed.atom"))
                .append("</id>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(text(front + "feed.atom"))
                .append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(text(front))
                .append("\"/>\n")
                .append("  <updated>")
                .append(time(updated))
                .append("</updated>\n")
                .append("  <author><name>")
                .append(text(m.name()))
                .append("</name></author>\n");
        for (NewsLinks.NewsLink n : news) {
            String href = origin + n.href();
            xml.append("  <entry>\n    <title>")
                    .append(text(n.text()))
                    .append("</title>\n    <id>")
                    .append(text(href + "#" + n.date()))
                    .append("</id>\n    <link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(text(href))
                    .append("\"/>\n    <updated>")
                    .append(time(n.date()))
                    .append("</updated>\n    <summary>")
                    .append(text(n.dateLabel() + " " + n.text()))
                    .append("</summary>\n  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    private static String text(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private static String time(LocalDate date) {
        return OffsetDateTime.of(date.atStartOfDay(), JST).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
