package jp.hoshin.publiccomment.web;

import java.util.Locale;
import java.util.Map;

import jp.hoshin.document.PdfDocuments;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.publiccomment.ConsultationResults;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The results of a consultation as a PDF (templates/pdf/comment-results.html): the same content as the results page, nothing personal. */
@Component
class ResultsDocument {

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;

    ResultsDocument(ITemplateEngine templates, PdfDocuments pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    byte[] render(MunicipalityView municipality, ConsultationResults results, Map<Long, String> planNames) {
        Context context = new Context(Locale.JAPAN);
        context.setVariable("municipality", municipality);
        context.setVariable("results", results);
        context.setVariable("consultation", results.consultation());
        context.setVariable("planNames", planNames);
        String xhtml = templates.process("pdf/comment-results", context);
        return pdf.render(xhtml, "/m/" + municipality.code() + "/comments/" + results.consultation().id());
    }
}
