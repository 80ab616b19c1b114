package jp.hoshin.measureevaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.hoshin.document.Fingerprint;
import jp.hoshin.document.IssuedDocument;
import jp.hoshin.document.IssuedDocuments;
import jp.hoshin.document.PdfDocuments;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.measureevaluation.MeasureSheet;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.JapaneseDates;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The PDFs of published measure evaluations: one sheet, or every published sheet of a year. Tagged PDF through
 * {@link PdfDocuments}, from the same fragment as the pages; the issued copy is kept under a fingerprint of the sheets
 * and the template, so every instance serves the same file until a sheet (or what it reads) changes.
 */
@Component
class MeasureDocuments {

    static final String TEMPLATE = "pdf/measure-evaluations";

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final IssuedDocuments issued;
    private final Clock clock;
    private final String templateDigest;

    MeasureDocuments(ITemplateEngine templates, PdfDocuments pdf, IssuedDocuments issued, Clock clock) {
        this.templates = templates;
        this.pdf = pdf;
        this.issued = issued;
        this.clock = clock;
        this.templateDigest = Fingerprint.ofTemplate(TEMPLATE);
    }

    IssuedDocument sheets(
            MunicipalityView municipality,
            FiscalYear year,
            List<MeasureSheet> sheets,
            Optional<LocalDate> publishedOn,
            String key) {
        LocalDate issuedOn = publishedOn.orElseGet(() -> LocalDate.now(clock.withZone(FiscalYear.JAPAN)));
        String fingerprint =
                Fingerprint.of(templateDigest + '\n' + issuedOn + '\n' + municipality.name() + '\n' + sheets);
        return issued.issue(key, fingerprint, "application/pdf", () -> render(municipality, year, sheets, issuedOn));
    }

    byte[] render(MunicipalityView municipality, FiscalYear year, List<MeasureSheet> sheets, LocalDate issuedOn) {
        Context context = new Context(Locale.JAPAN);
        context.setVariable("pdf", true);
        context.setVariable("municipality", municipality);
        context.setVariable("fiscalYear", year);
        context.setVariable("yearLabel", year.label());
        context.setVariable("sheets", sheets);
        context.setVariable("issuedOn", JapaneseDates.format(issuedOn));
        String xhtml = templates.process(TEMPLATE, context);
        return pdf.render(xhtml, "/m/" + municipality.code() + "/" + year.startYear() + "/measure-evaluations");
    }
}
