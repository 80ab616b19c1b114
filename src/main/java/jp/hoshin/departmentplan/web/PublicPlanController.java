package jp.hoshin.departmentplan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.departmentplan.PlanPublicationNames;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.ProgressScale;
import jp.hoshin.departmentplan.ProgressScales;
import jp.hoshin.departmentplan.ProjectView;
import jp.hoshin.departmentplan.PublishedPlans;
import jp.hoshin.departmentplan.PublishedResult;
import jp.hoshin.departmentplan.ResultCounts;
import jp.hoshin.departmentplan.ScaleKind;
import jp.hoshin.document.IssuedDocument;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.DescribedDepartment;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.web.CountChart;
import jp.hoshin.shared.web.Downloads;
import jp.hoshin.shared.web.ReadOnlyPage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page of a department's published plan (the finalised version while a revision is under way). */
@Controller
class PublicPlanController {

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final PublishedPlans plans;
    private final PlanBooklet booklet;
    private final PolicyPlans policyPlans;
    private final ProgressScales scales;
    private final PlanPublicationNames names;
    private final jp.hoshin.departmentplan.PlanExtraFields extraFields;

    PublicPlanController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            PublishedPlans plans,
            PlanBooklet booklet,
            PolicyPlans policyPlans,
            ProgressScales scales,
            PlanPublicationNames names,
            jp.hoshin.departmentplan.PlanExtraFields extraFields) {
        this.scales = scales;
        this.names = names;
        this.extraFields = extraFields;
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.plans = plans;
        this.booklet = booklet;
        this.policyPlans = policyPlans;
    }

    /** The booklet (PDF) of every department's published plan of the year. */
    @GetMapping("/m/{code}/{year}/plans.pdf")
    ResponseEntity<byte[]> booklet(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        IssuedDocument pdf = booklet.booklet(m, fy.year());
        String filename = Messages.get(
                "departmentplan.booklet.fileNameNamed",
                m.name(),
                fy.year().warekiLabel(),
                names.names(m.code()).plans());
        return Downloads.inline(filename, MediaType.APPLICATION_PDF)
                .lastModified(pdf.issuedAt())
                .eTag('"' + pdf.fingerprint().substring(0, 32) + '"')
                .body(pdf.content());
    }

    @GetMapping("/m/{code}/{year}/plans")
    @ReadOnlyPage
    String index(@PathVariable String code, @PathVariable int year, Model model) {
        FiscalYearView fy = fiscalYears.get(code, year); // with its municipality: one statement
        MunicipalityView m = municipalities.get(code);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("published", plans.publishedPlans(m.code(), year));
        model.addAttribute("publicationNames", names.names(m.code()));
        return "site/plans";
    }

    /** 部長目標 結果発表 — every department with published results: head, 基本方針, 部の仕事, goals and results, 総括, counts. */
    @GetMapping("/m/{code}/{year}/results")
    @ReadOnlyPage
    String results(@PathVariable String code, @PathVariable int year, Model model) {
        FiscalYearView fy = fiscalYears.get(code, year); // with its municipality: one statement
        MunicipalityView m = municipalities.get(code);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        var published = plans.resultsOfYear(m.code(), year);
        Map<String, DescribedDepartment> departments = organization.described(fy).stream()
                .collect(Collectors.toMap(DescribedDepartment::code, Function.identity()));
        ProgressScale scale = scales.scale(m.code(), ScaleKind.RESULT);
        Map<Long, ResultCounts> counts =
                published.stream().collect(Collectors.toMap(PublishedResult::planId, p -> p.counts(scale)));
        ResultCounts total = ResultCounts.ofResults(
                scale,
                published.stream()
                        .flatMap(p -> p.goals().stream())
                        .map(PublishedResult.Goal::result)
                        .toList());
        model.addAttribute("plans", published);
        model.addAttribute("departments", departments);
        model.addAttribute("counts", counts);
        model.addAttribute("total", total);
        model.addAttribute("publicationNames", names.names(m.code()));
        model.addAttribute(
                "setApartResult",
                scale.levels().isEmpty() ? "" : scale.levels().getLast().label());
        if (total.recorded() > 0) {
            model.addAttribute("chart", resultsChart(fy.year().label(), total));
        }
        return "jte:site/results";
    }

    /**
     * The bar of the year's results on the municipality's scale, its last level (e.g. 未達成) hatched: drawn once for the
     * same year and counts ({@link CountChart#drawn}).
     */
    static String resultsChart(String yearLabel, ResultCounts total) {
        return CountChart.drawn(
                List.of("results-chart", yearLabel, total.levels(), total.recorded()),
                () -> drawResultsChart(yearLabel, total));
    }

    private static String drawResultsChart(String yearLabel, ResultCounts total) {
        List<CountChart.Part> parts = new ArrayList<>();
        var levels = total.levels();
        for (int i = 0; i < levels.size(); i++) {
            var level = levels.get(i);
            parts.add(new CountChart.Part(
                    level.label(), level.count(), CountChart.scaleFill(i, levels.size()), i == levels.size() - 1));
        }
        return CountChart.svg(
                "results-chart",
                Messages.get(
                        "site.glance.resultsChartTitle",
                        yearLabel,
                        String.valueOf(total.recorded()),
                        CountChart.text(parts)),
                parts);
    }

    /** 市報 article (seed 000): each department's main projects of the year, printable. */
    @GetMapping("/m/{code}/{year}/newsletter")
    @ReadOnlyPage
    String newsletter(@PathVariable String code, @PathVariable int year, Model model) {
        FiscalYearView fy = fiscalYears.get(code, year); // with its municipality: one statement
        MunicipalityView m = municipalities.get(code);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute(
                "entries",
                plans.publishedPlans(m.code(), year).stream()
                        .map(p -> Map.entry(
                                p.departmentName(),
                                p.plan().projects().stream()
                                        .filter(ProjectView::main)
                                        .toList()))
                        .filter(e -> !e.getValue().isEmpty())
                        .toList());
        return "site/newsletter";
    }

    /** The public page of a department's plan of a year (what {@link #plan} answers). */
    static String planHref(String municipalityCode, int year, String departmentCode) {
        return "/m/" + municipalityCode + "/" + year + "/plans/" + departmentCode;
    }

    @GetMapping("/m/{code}/{year}/plans/{department}")
    @ReadOnlyPage
    String plan(@PathVariable String code, @PathVariable int year, @PathVariable String department, Model model) {
        FiscalYearView fy = fiscalYears.get(code, year); // with its municipality: one statement
        MunicipalityView m = municipalities.get(code);
        DepartmentView d = organization.department(m.code(), year, department);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("department", d);
        var plan = plans.publicVersion(new PlanReference(m.code(), year, d.code()))
                .orElseThrow(() -> new NotFoundException(Messages.get("departmentplan.public.notPublished", d.name())));
        model.addAttribute("plan", plan);
        model.addAttribute("publicationNames", names.names(m.code()));
        model.addAttribute("extraFields", extraFields.published(List.of(plan)));
        if (plan.projects().stream().anyMatch(p -> p.result() != null)) {
            var levels = scales.scale(m.code(), ScaleKind.RESULT).levels();
            model.addAttribute(
                    "setApartResult", levels.isEmpty() ? "" : levels.getLast().label());
        }
        // the city's plan elements are read only when a project links to one
        boolean linked = plan.projects().stream().anyMatch(p -> p.policyElementKey() != null);
        model.addAttribute(
                "linkable",
                !linked
                        ? Map.of()
                        : policyPlans.linkable(m.code()).stream()
                                .collect(Collectors.toMap(
                                        PolicyPlans.LinkableElement::key, Function.identity(), (a, b) -> a)));
        return "site/plan";
    }
}
