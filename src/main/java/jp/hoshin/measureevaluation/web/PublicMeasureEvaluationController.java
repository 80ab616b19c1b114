package jp.hoshin.measureevaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jp.hoshin.document.IssuedDocument;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.measureevaluation.MeasureReference;
import jp.hoshin.measureevaluation.MeasureSheet;
import jp.hoshin.measureevaluation.PublishedMeasureEvaluations;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.web.Downloads;
import jp.hoshin.shared.web.ReadOnlyPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What citizens read of 施策評価: the year's published sheets grouped by the basic plan's 部, each sheet as a page and a
 * PDF, every sheet in one PDF, and the open-data CSV.
 */
@Controller
class PublicMeasureEvaluationController {

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final PublishedMeasureEvaluations published;
    private final MeasureDocuments documents;

    PublicMeasureEvaluationController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            PublishedMeasureEvaluations published,
            MeasureDocuments documents) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.published = published;
        this.documents = documents;
    }

    @GetMapping("/m/{code}/{year}/measure-evaluations")
    @ReadOnlyPage
    String index(@PathVariable String code, @PathVariable int year, Model model) {
        FiscalYearView fy = fiscalYears.get(code, year); // with its municipality: one statement
        MunicipalityView m = municipalities.get(code);
        List<MeasureSheet> sheets = published.published(m.code(), year);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("groups", MeasureEvaluationStaffController.groups(sheets, MeasureSheet::measure));
        model.addAttribute("summary", published.summary(m.code(), year));
        model.addAttribute(
                "illustrative", sheets.stream().anyMatch(s -> s.evaluation().illustrative()));
        return "site/measure-evaluations";
    }

    @GetMapping("/m/{code}/{year}/measure-evaluations/{plan}/{key}")
    @ReadOnlyPage
    String sheet(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String plan,
            @PathVariable String key,
            Model model) {
        FiscalYearView fy = fiscalYears.get(code, year); // with its municipality: one statement
        MunicipalityView m = municipalities.get(code);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("sheet", sheet(m, year, plan, key));
        model.addAttribute("yearLabel", fy.year().label());
        return "site/measure-evaluation";
    }

    @GetMapping("/m/{code}/{year}/measure-evaluations/{plan}/{key}/sheet.pdf")
    ResponseEntity<byte[]> sheetPdf(
            @PathVariable String code, @PathVariable int year, @PathVariable String plan, @PathVariable String key) {
        MunicipalityView m = municipalities.get(code);
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        MeasureSheet sheet = sheet(m, year, plan, key);
        IssuedDocument pdf = documents.sheets(
                m,
                fy.year(),
                List.of(sheet),
                published.publishedOn(List.of(sheet)),
                "measure-evaluations/" + m.code() + "/" + year + "/" + plan + "/" + key + ".pdf");
        return pdf(
                pdf,
                Messages.get(
                        "measureEvaluation.pdf.sheetFileName",
                        m.name(),
                        fy.year().warekiLabel(),
                        sheet.title()));
    }

    @GetMapping("/m/{code}/{year}/measure-evaluations.pdf")
    ResponseEntity<byte[]> allPdf(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        List<MeasureSheet> sheets = published.published(m.code(), year);
        if (sheets.isEmpty()) {
            throw new NotFoundException(Messages.get(
                    "measureEvaluation.public.nonePublished", fy.year().label()));
        }
        IssuedDocument pdf = documents.sheets(
                m,
                fy.year(),
                sheets,
                published.publishedOn(sheets),
                "measure-evaluations/" + m.code() + "/" + year + ".pdf");
        return pdf(
                pdf,
                Messages.get(
                        "measureEvaluation.pdf.allFileName", m.name(), fy.year().warekiLabel()));
    }

    /** Open data: one row per published sheet (docs/open-data.md). */
    @GetMapping(
            value = "/api/v1/municipalities/{code}/fiscal-years/{year}/measure-evaluations.csv",
            produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        fiscalYears.get(m.code(), year);
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(Messages.get("measureEvaluation.csv.header").split(",")));
        for (MeasureSheet s : published.published(m.code(), year)) {
            var e = s.evaluation();
            rows.add(java.util.Arrays.asList(
                    year,
                    s.measure().planKey(),
                    s.measure().planName(),
                    s.key(),
                    s.title(),
                    s.pathText(),
                    String.join("、", s.ownerNames()),
                    s.indicators().size(),
                    s.evaluations().size(),
                    s.totalCost().yen(),
                    s.totalCost().sheetsWithCost(),
                    plain(e.second().surveyImportance()),
                    plain(e.second().surveySatisfaction()),
                    e.first().progress(),
                    e.first().resultsAndIssues(),
                    e.first().direction(),
                    e.second().rating(),
                    e.second().comment(),
                    s.review() == null ? null : s.review().rating(),
                    e.revision(),
                    e.illustrative() ? Messages.get("measureEvaluation.csv.illustrative") : null));
        }
        return Downloads.csv(m.code() + "_" + year + "_measure-evaluations.csv", rows);
    }

    private static @Nullable String plain(@Nullable BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }

    private MeasureSheet sheet(MunicipalityView m, int year, String plan, String key) {
        return published
                .publishedSheet(new MeasureReference(m.code(), year, plan, key))
                .orElseThrow(() -> new NotFoundException(Messages.get("measureEvaluation.public.notPublished")));
    }

    private static ResponseEntity<byte[]> pdf(IssuedDocument pdf, String filename) {
        return Downloads.inline(filename, MediaType.APPLICATION_PDF)
                .lastModified(pdf.issuedAt())
                .eTag('"' + pdf.fingerprint().substring(0, 32) + '"')
                .body(pdf.content());
    }
}
