package jp.hoshin.whitepaper;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.hoshin.document.PdfDocuments;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays a white paper out: the whole PDF ({@value #PDF_TEMPLATE}), and the HTML of its public pages — the
 * front page and one page per chapter — from the same fragments ({@value #PARTS}), so both say the same.
 * Links are written as plain paths: the HTML is rendered once at publication, outside any request.
 */
@Component
class WhitePaperDocuments {

    static final String PDF_TEMPLATE = "pdf/white-paper";
    static final String PARTS = "fragments/white-paper";
    static final String FRONT_PAGE = "index";

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;

    WhitePaperDocuments(ITemplateEngine templates, PdfDocuments pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    byte[] pdf(WhitePaperContent paper, boolean proof) {
        Context context = context(paper, "");
        context.setVariable("proof", proof);
        context.setVariable("pdf", true);
        String xhtml = templates.process(PDF_TEMPLATE, context);
        return pdf.render(
                xhtml,
                "/m/" + paper.municipality().code() + "/" + paper.fiscalYear().startYear() + "/white-paper");
    }

    /**
     * The HTML (a fragment for the site layout) of the front page ({@value #FRONT_PAGE}) or a chapter;
     * {@code base} is where the pages live (the published ones or the planning section's preview).
     */
    String page(WhitePaperContent paper, String pageId, String base, String pdfHref) {
        Context context = context(paper, base);
        context.setVariable("pdf", false);
        context.setVariable("pdfHref", pdfHref);
        if (FRONT_PAGE.equals(pageId)) {
            return templates.process(PARTS, Set.of("front-page"), context);
        }
        WhitePaperContent.Chapter chapter = paper.chapters().stream()
                .filter(c -> c.id().equals(pageId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Messages.get("whitePaper.noSuchChapter")));
        context.setVariable("chapter", chapter);
        int index = paper.chapters().indexOf(chapter);
        context.setVariable("previous", index > 0 ? paper.chapters().get(index - 1) : null);
        context.setVariable(
                "next", index + 1 < paper.chapters().size() ? paper.chapters().get(index + 1) : null);
        return templates.process(PARTS, Set.of("chapter-page"), context);
    }

    List<String> unsupportedCharacters(String text) {
        return pdf.unsupportedCharacters(text);
    }

    private static Context context(WhitePaperContent paper, String base) {
        Context context = new Context(Locale.JAPAN);
        context.setVariable("paper", paper);
        context.setVariable("municipality", paper.municipality());
        context.setVariable("base", base);
        return context;
    }
}
