package jp.hoshin.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.document.IssuedDocument;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.PublishedEvaluations;
import jp.hoshin.evaluation.Rating;
import jp.hoshin.evaluation.SheetReference;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.web.Downloads;
import jp.hoshin.shared.web.ReadOnlyPage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages of the published evaluations: the year's index (by department and by measure), one sheet, and the PDFs. */
@Controller
class PublicEvaluationController {

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final PublishedEvaluations evaluations;
    private final PolicyPlans policyPlans;
    private final EvaluationDocuments documents;

    private final jp.hoshin.evaluation.SheetExtraFields extraFields;

    PublicEvaluationController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            PublishedEvaluations evaluations,
            PolicyPlans policyPlans,
            EvaluationDocuments documents,
            jp.hoshin.evaluation.SheetExtraFields extraFields) {
        this.extraFields = extraFields;
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.evaluations = evaluations;
        this.policyPlans = policyPlans;
        this.documents = documents;
    }

    /** A group of sheets on the index: a department or a measure. */
    record Group(String key, String title, List<EvaluationSheetView> sheets) {}

    @GetMapping("/m/{code}/{year}/evaluations")
    @ReadOnlyPage
    String index(@PathVariable String code, @PathVariable int year, Model model) {
        FiscalYearView fy = fiscalYears.get(code, year); // with its municipality: one statement
        MunicipalityView m = municipalities.get(code);
        List<EvaluationSheetView> published = evaluations.published(m.code(), year);
        List<DepartmentView> departments = organization.departments(fy);
        Map<String, List<EvaluationSheetView>> byDept =
                published.stream().collect(Collectors.groupingBy(EvaluationSheetView::departmentCode));
        List<Group> deptGroups = new ArrayList<>();
        for (DepartmentView d : departments) {
            if (byDept.containsKey(d.code())) {
                deptGroups.add(new Group(d.code(), d.name(), byDept.get(d.code())));
            }
        }
        Map<String, String> titles = elementTitles(m.code());
        Map<String, List<EvaluationSheetView>> byMeasure = published.stream()
                .collect(Collectors.groupingBy(
                        s -> s.content().policyElementKey() == null
                                ? ""
                                : s.content().policyElementKey(),
                        LinkedHashMap::new,
                        Collectors.toList()));
        List<Group> measureGroups = new ArrayList<>();
        for (String key : titles.keySet()) {
            if (byMeasure.containsKey(key)) {
                measureGroups.add(new Group(key, titles.get(key), byMeasure.get(key)));
            }
        }
        if (byMeasure.containsKey("")) {
            measureGroups.add(new Group("", Messages.get("evaluation.public.unlinkedGroup"), byMeasure.get("")));
        }
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        PublishedEvaluations.Summary summary = evaluations.summary(m.code(), year);
        model.addAttribute("summary", summary);
        model.addAttribute("directions", summary.directions());
        model.addAttribute("byDepartment", deptGroups);
        model.addAttribute("byMeasure", measureGroups);
        model.addAttribute("illustrative", published.stream().anyMatch(EvaluationSheetView::illustrative));
        return "site/evaluations";
    }

    @GetMapping("/m/{code}/{year}/evaluations/{number:\\d+}")
    @ReadOnlyPage
    String sheet(@PathVariable String code, @PathVariable int year, @PathVariable int number, Model model) {
        FiscalYearView fy = fiscalYears.get(code, year); // with its municipality: one statement
        MunicipalityView m = municipalities.get(code);
        EvaluationSheetView sheet = publishedSheet(m, year, number);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("sheet", sheet);
        model.addAttribute("department", organization.department(m.code(), year, sheet.departmentCode()));
        model.addAttribute("extraFields", extraFields.published(List.of(sheet)));
        model.addAttribute("elementTitles", elementTitles(m.code()));
        model.addAttribute("ratingScale", Rating.SCALE);
        return "site/evaluation";
    }

    @GetMapping("/m/{code}/{year}/evaluations/{number:\\d+}/evaluation.pdf")
    ResponseEntity<byte[]> sheetPdf(@PathVariable String code, @PathVariable int year, @PathVariable int number) {
        MunicipalityView m = municipalities.get(code);
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        EvaluationSheetView sheet = publishedSheet(m, year, number);
        IssuedDocument pdf = documents.sheets(
                m,
                fy.year(),
                List.of(sheet),
                departmentNames(fy),
                elementTitles(m.code()),
                evaluations.publishedOn(List.of(sheet)),
                "evaluations/" + m.code() + "/" + year + "/" + number + ".pdf");
        return pdf(
                pdf,
                Messages.get("evaluation.pdf.sheetFileName", m.name(), fy.year().warekiLabel(), number));
    }

    @GetMapping("/m/{code}/{year}/evaluations.pdf")
    ResponseEntity<byte[]> allPdf(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        List<EvaluationSheetView> published = evaluations.published(m.code(), year);
        if (published.isEmpty()) {
            throw new NotFoundException(
                    Messages.get("evaluation.public.nonePublished", fy.year().label()));
        }
        IssuedDocument pdf = documents.sheets(
                m,
                fy.year(),
                published,
                departmentNames(fy),
                elementTitles(m.code()),
                evaluations.publishedOn(published),
                "evaluations/" + m.code() + "/" + year + ".pdf");
        return pdf(
                pdf,
                Messages.get("evaluation.pdf.allFileName", m.name(), fy.year().warekiLabel()));
    }

    private static ResponseEntity<byte[]> pdf(IssuedDocument pdf, String filename) {
        return Downloads.inline(filename, MediaType.APPLICATION_PDF)
                .lastModified(pdf.issuedAt())
                .eTag('"' + pdf.fingerprint().substring(0, 32) + '"')
                .body(pdf.content());
    }

    private EvaluationSheetView publishedSheet(MunicipalityView m, int year, int number) {
        return evaluations
                .publishedSheet(new SheetReference(m.code(), year, number))
                .orElseThrow(() -> new NotFoundException(Messages.get("evaluation.public.notPublished")));
    }

    private Map<String, String> departmentNames(FiscalYearView fy) {
        return organization.departments(fy).stream()
                .collect(Collectors.toMap(DepartmentView::code, DepartmentView::name, (a, b) -> a, LinkedHashMap::new));
    }

    private Map<String, String> elementTitles(String code) {
        return policyPlans.linkable(code).stream()
                .collect(Collectors.toMap(
                        PolicyPlans.LinkableElement::key,
                        PolicyPlans.LinkableElement::label,
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    static Function<EvaluationSheetView, String> name() {
        return s -> s.content().name();
    }
}
