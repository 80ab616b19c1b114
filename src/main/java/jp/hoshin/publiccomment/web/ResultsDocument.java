package jp.hoshin.publiccomment.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jp.hoshin.document.Fingerprint;
import jp.hoshin.document.IssuedDocuments;
import jp.hoshin.document.PdfDocuments;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.publiccomment.ConsultationResults;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The results of a consultation as a PDF (templates/pdf/comment-results.html): the same content as the results page, nothing
 * personal. Published results hardly ever change, so the PDF is rendered once and kept in {@code issued_document} under a
 * fingerprint of the results and the template; every later request (on any instance) gets the kept file, and a correction
 * of the results makes a new one.
 */
@Component
class ResultsDocument {

    private static final String TEMPLATE = "pdf/comment-results";

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final IssuedDocuments issued;
    private final String templateFingerprint;

    ResultsDocument(ITemplateEngine templates, PdfDocuments pdf, IssuedDocuments issued) {
        this.templates = templates;
        this.pdf = pdf;
        this.issued = issued;
        this.templateFingerprint = Fingerprint.ofTemplate(TEMPLATE);
    }

    /** The published results' PDF: the kept one while the results and the template are unchanged. */
    byte[] published(MunicipalityView municipality, ConsultationResults results, ResultsContact contact) {
        String key = "public-comment/" + municipality.code() + "/"
                + results.consultation().id() + "/results.pdf";
        String fingerprint =
                Fingerprint.of((templateFingerprint + "\n" + municipality + "\n" + results + "\n" + contact)
                        .getBytes(StandardCharsets.UTF_8));
        return issued.issue(key, fingerprint, "application/pdf", () -> render(municipality, results, contact))
                .content();
    }

    byte[] render(MunicipalityView municipality, ConsultationResults results, ResultsContact contact) {
        Context context = new Context(Locale.JAPAN);
        context.setVariable("municipality", municipality);
        context.setVariable("results", results);
        context.setVariable("consultation", results.consultation());
        context.setVariable("contact", contact);
        String xhtml = templates.process(TEMPLATE, context);
        return pdf.render(
                xhtml,
                "/m/" + municipality.code() + "/comments/"
                        + results.consultation().id());
    }
}
