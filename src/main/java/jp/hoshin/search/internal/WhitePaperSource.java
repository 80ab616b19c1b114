package jp.hoshin.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchKind;
import jp.hoshin.whitepaper.EditionView;
import jp.hoshin.whitepaper.WhitePapers;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 自治体経営白書: the latest edition of each published white paper as issued, its front page whole and each chapter cut
 * at its sections (the headings and sections with an id: 第1節, a 施策, a department's results …), so that a hit leads
 * to the section ({@code …/white-paper/basic-plan#e-K7-1-2}).
 */
@Component
@Order(7)
class WhitePaperSource implements SearchSource {

    /** A heading or section of a chapter page that has an id: where a part of the page starts. */
    private static final Pattern ANCHORED = Pattern.compile("<(h2|section)\\b([^>]*)\\sid=\"([^\"]+)\"");

    private static final Pattern HEADING =
            Pattern.compile("<h[1-4]\\b[^>]*>(.*?)</h[1-4]>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final WhitePapers whitePapers;

    WhitePaperSource(WhitePapers whitePapers) {
        this.whitePapers = whitePapers;
    }

    @Override
    public Stream<SearchDocument> documents(SourceContext m) {
        List<SearchDocument> docs = new ArrayList<>();
        for (WhitePapers.Published paper : whitePapers.published(m.code())) {
            int year = paper.fiscalYear();
            EditionView edition = paper.latest();
            String base = "/m/" + m.code() + "/" + year + "/white-paper";
            String front = whitePapers.editionPage(m.code(), year, edition.number(), "index");
            docs.add(document(m, year, "index", paper.title(), SourceText.textOf(front), base));
            for (var chapter : edition.chapters()) {
                String html = whitePapers.editionPage(m.code(), year, edition.number(), chapter.id());
                String title = paper.title() + " " + chapter.heading();
                String url = base + "/" + chapter.id();
                for (Part part : parts(html)) {
                    String heading = part.heading();
                    docs.add(document(
                            m,
                            year,
                            chapter.id() + (part.anchor() == null ? "" : "#" + part.anchor()),
                            heading == null ? title : title + " " + heading,
                            SourceText.textOf(part.html()),
                            part.anchor() == null ? url : url + "#" + part.anchor()));
                }
            }
        }
        return docs.stream();
    }

    private static SearchDocument document(
            SourceContext m, int year, String page, String title, String text, String url) {
        return new SearchDocument(
                "white-paper:" + year + ":" + page,
                m.code(),
                SearchKind.WHITE_PAPER,
                year,
                null,
                null,
                title,
                text,
                url,
                Set.of(SearchDocument.PUBLIC));
    }

    /** A part of a chapter page: from a heading or section with an id to the next (null anchor: the chapter's top). */
    record Part(@Nullable String anchor, @Nullable String heading, String html) {}

    /** The chapter page cut at its anchored headings and sections (not the chapter itself nor its contents). */
    static List<Part> parts(String html) {
        List<Part> parts = new ArrayList<>();
        Matcher m = ANCHORED.matcher(html);
        String anchor = null;
        int from = 0;
        while (m.find()) {
            String id = m.group(3);
            if (id.endsWith("-contents") || m.group(2).contains("class=\"chapter\"")) {
                continue;
            }
            add(parts, anchor, html.substring(from, m.start()));
            anchor = id;
            from = m.start();
        }
        add(parts, anchor, html.substring(from));
        return parts;
    }

    private static void add(List<Part> parts, @Nullable String anchor, String html) {
        if (SourceText.textOf(html).isBlank()) {
            return;
        }
        Matcher heading = HEADING.matcher(html);
        String text = anchor != null && heading.find() ? SourceText.textOf(heading.group(1)) : null;
        parts.add(new Part(anchor, text == null || text.isBlank() ? null : text, html));
    }
}
