package jp.hoshin.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.hoshin.document.Fingerprint;
import jp.hoshin.document.IssuedDocument;
import jp.hoshin.document.IssuedDocuments;
import jp.hoshin.document.PdfDocuments;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.Rating;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.JapaneseDates;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The PDFs of published evaluations: one sheet, or every published sheet of a year (one sheet per page or two).
 * Tagged PDF through {@link PdfDocuments}; the issued copy is kept under a fingerprint of the published data and
 * the template, so every instance serves the same file until a sheet changes.
 */
@Component
class EvaluationDocuments {

    static final String TEMPLATE = "pdf/evaluations";

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final IssuedDocuments issued;
    private final Clock clock;
    private final String templateDigest;

    private final jp.hoshin.evaluation.SheetExtraFields extraFields;

    EvaluationDocuments(
            ITemplateEngine templates,
            PdfDocuments pdf,
            IssuedDocuments issued,
            Clock clock,
            jp.hoshin.evaluation.SheetExtraFields extraFields) {
        this.extraFields = extraFields;
        this.templates = templates;
        this.pdf = pdf;
        this.issued = issued;
        this.clock = clock;
        this.templateDigest = Fingerprint.ofTemplate(TEMPLATE);
    }

    IssuedDocument sheets(
            MunicipalityView municipality,
            FiscalYear year,
            List<EvaluationSheetView> sheets,
            Map<String, String> departmentNames,
            Map<String, String> elementTitles,
            Optional<LocalDate> publishedOn,
            String key) {
        LocalDate issuedOn = publishedOn.orElseGet(() -> LocalDate.now(clock.withZone(FiscalYear.JAPAN)));
        var extras = extraFields.published(sheets);
        String fingerprint = Fingerprint.of(templateDigest
                + '\n'
                + issuedOn
                + '\n'
                + municipality.name()
                + '\n'
                + departmentNames
                + '\n'
                + elementTitles
                + '\n'
                + sheets
                + (extras.isEmpty() ? "" : "\n" + extras));
        return issued.issue(
                key,
                fingerprint,
                "application/pdf",
                () -> render(municipality, year, sheets, departmentNames, elementTitles, issuedOn, extras));
    }

    byte[] render(
            MunicipalityView municipality,
            FiscalYear year,
            List<EvaluationSheetView> sheets,
            Map<String, String> departmentNames,
            Map<String, String> elementTitles,
            LocalDate issuedOn,
            Map<Long, List<jp.hoshin.customfield.ExtraField>> extras) {
        Context context = new Context(Locale.JAPAN);
        context.setVariable("pdf", true);
        context.setVariable("municipality", municipality);
        context.setVariable("fiscalYear", year);
        context.setVariable("sheets", sheets);
        context.setVariable("departmentNames", departmentNames);
        context.setVariable("elementTitles", elementTitles);
        context.setVariable("ratingScale", Rating.SCALE);
        context.setVariable("issuedOn", JapaneseDates.format(issuedOn));
        context.setVariable("extraFields", extras);
        String xhtml = templates.process(TEMPLATE, context);
        return pdf.render(xhtml, "/m/" + municipality.code() + "/" + year.startYear() + "/evaluations");
    }
}
