package jp.hoshin.departmentplan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanPublicationNames;
import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.ProgressScales;
import jp.hoshin.departmentplan.PublishedPlans;
import jp.hoshin.departmentplan.ScaleKind;
import jp.hoshin.document.Fingerprint;
import jp.hoshin.document.IssuedDocument;
import jp.hoshin.document.IssuedDocuments;
import jp.hoshin.document.PdfDocuments;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The booklet of all departments' published plans of a year (PDF, A4, cover, table of contents with
 * page numbers, bookmarks, running header), as cities put it in libraries and at counters. A booklet
 * is issued again only when a published plan or the template changed; otherwise every instance serves
 * the stored copy.
 */
@Component
class PlanBooklet {

    static final String TEMPLATE = "pdf/plan-booklet";

    /** One department's part of the booklet. */
    record Entry(String departmentCode, String departmentName, DepartmentPlanView plan, boolean resultsPublished) {}

    private final DepartmentPlans plans;
    private final PublishedPlans published;
    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final IssuedDocuments issued;
    private final Clock clock;
    private final PlanPublicationNames names;
    private final ProgressScales scales;
    private final String templateDigest;
    private final jp.hoshin.departmentplan.PlanExtraFields extraFields;

    PlanBooklet(
            DepartmentPlans plans,
            PublishedPlans published,
            ITemplateEngine templates,
            PdfDocuments pdf,
            IssuedDocuments issued,
            Clock clock,
            PlanPublicationNames names,
            ProgressScales scales,
            jp.hoshin.departmentplan.PlanExtraFields extraFields) {
        this.names = names;
        this.scales = scales;
        this.extraFields = extraFields;
        this.plans = plans;
        this.published = published;
        this.templates = templates;
        this.pdf = pdf;
        this.issued = issued;
        this.clock = clock;
        this.templateDigest = Fingerprint.ofTemplate(TEMPLATE);
    }

    IssuedDocument booklet(MunicipalityView municipality, FiscalYear year) {
        List<Entry> entries = published.publishedPlans(municipality.code(), year.startYear()).stream()
                .map(p -> new Entry(
                        p.departmentCode(),
                        p.departmentName(),
                        p.plan(),
                        p.plan().resultStatus() == PlanStatus.PUBLISHED))
                .toList();
        if (entries.isEmpty()) {
            throw new NotFoundException(Messages.get("departmentplan.booklet.nonePublished", year.label()));
        }
        LocalDate publishedOn = published
                .publishedOn(municipality.code(), year.startYear())
                .orElseGet(() -> LocalDate.now(clock.withZone(FiscalYear.JAPAN)));
        var extras = extraFields.published(entries.stream().map(Entry::plan).toList());
        String fingerprint = Fingerprint.of(templateDigest
                + '\n'
                + municipality.name()
                + '\n'
                + names.names(municipality.code())
                + '\n'
                + resultLabels(municipality)
                + '\n'
                + publishedOn
                + '\n'
                + entries
                + (extras.isEmpty() ? "" : "\n" + extras));
        String key = "department-plans/" + municipality.code() + "/" + year.startYear() + ".pdf";
        return issued.issue(
                key,
                fingerprint,
                "application/pdf",
                () -> render(municipality, year, entries, false, publishedOn, extras));
    }

    /**
     * The planning section's proof of the booklet: every plan as it stands now, drafts and unpublished
     * results included, marked 確認用 on every page. Rendered on each request and never stored.
     */
    byte[] proof(MunicipalityView municipality, FiscalYear year) {
        List<Entry> entries = plans.currentPlans(municipality.code(), year.startYear()).stream()
                .map(p -> new Entry(
                        p.departmentCode(),
                        p.departmentName(),
                        p.plan(),
                        p.plan().resultStatus() != null))
                .toList();
        if (entries.isEmpty()) {
            throw new NotFoundException(Messages.get("departmentplan.booklet.noneStarted", year.label()));
        }
        return render(
                municipality,
                year,
                entries,
                true,
                LocalDate.now(clock.withZone(FiscalYear.JAPAN)),
                extraFields.current(
                        municipality.code(), entries.stream().map(Entry::plan).toList()));
    }

    private List<String> resultLabels(MunicipalityView municipality) {
        return scales.scale(municipality.code(), ScaleKind.RESULT).labels();
    }

    /** {@code issuedOn}: the day the booklet's content was published (today for a proof). */
    private byte[] render(
            MunicipalityView municipality,
            FiscalYear year,
            List<Entry> entries,
            boolean proof,
            LocalDate issuedOn,
            jp.hoshin.departmentplan.PlanExtraFields.Shown extras) {
        Context context = new Context(Locale.JAPAN);
        context.setVariable("proof", proof);
        context.setVariable("municipality", municipality);
        context.setVariable("fiscalYear", year);
        context.setVariable("publicationNames", names.names(municipality.code()));
        context.setVariable("resultLabels", resultLabels(municipality));
        context.setVariable("booklet", entries);
        context.setVariable("issuedOn", JapaneseDates.format(issuedOn));
        context.setVariable("extraFields", extras);
        String xhtml = templates.process(TEMPLATE, context);
        return pdf.render(xhtml, "/m/" + municipality.code() + "/" + year.startYear() + "/plans");
    }
}
