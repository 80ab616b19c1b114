package jp.hoshin.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanPublicationNames;
import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.ProjectView;
import jp.hoshin.departmentplan.PublicationNames;
import jp.hoshin.departmentplan.PublishedPlans;
import jp.hoshin.departmentplan.SectionRole;
import jp.hoshin.departmentplan.TargetIndicator;
import jp.hoshin.evaluation.Assessment;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.EvaluationStage;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.PerformanceIndicator;
import jp.hoshin.evaluation.PublishedEvaluations;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.DepartmentDirectory.DepartmentChoice;
import jp.hoshin.organization.DepartmentProfile;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.organization.SectionView;
import jp.hoshin.policyplan.PolicyPlanKind;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.PolicyRows.ElementRow;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyViews.ElementView;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.PolicyViews.PlanOutline;
import jp.hoshin.policyplan.PolicyViews.PlanView;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchKind;
import jp.hoshin.shared.Messages;
import jp.hoshin.whitepaper.EditionView;
import jp.hoshin.whitepaper.WhitePapers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads what there is to find of a municipality through the other modules' public APIs: what citizens read (the same
 * published-only views the public pages use) and, for staff, the unpublished plans and evaluation sheets with the
 * department that writes them.
 */
@Component
public class SearchSources {

    private static final Set<String> PUBLIC = Set.of(SearchDocument.PUBLIC);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final PublishedPlans publishedPlans;
    private final DepartmentPlans departmentPlans;
    private final PlanPublicationNames publicationNames;
    private final PublishedEvaluations publishedEvaluations;
    private final Evaluations evaluations;
    private final PolicyPlans policyPlans;
    private final IndividualPlans individualPlans;
    private final Consultations consultations;
    private final WhitePapers whitePapers;

    SearchSources(
            FiscalYears fiscalYears,
            Organization organization,
            PublishedPlans publishedPlans,
            DepartmentPlans departmentPlans,
            PlanPublicationNames publicationNames,
            PublishedEvaluations publishedEvaluations,
            Evaluations evaluations,
            PolicyPlans policyPlans,
            IndividualPlans individualPlans,
            Consultations consultations,
            WhitePapers whitePapers) {
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.publishedPlans = publishedPlans;
        this.departmentPlans = departmentPlans;
        this.publicationNames = publicationNames;
        this.publishedEvaluations = publishedEvaluations;
        this.evaluations = evaluations;
        this.policyPlans = policyPlans;
        this.individualPlans = individualPlans;
        this.consultations = consultations;
        this.whitePapers = whitePapers;
    }

    /** Everything there is to find of the municipality: public documents and the unpublished work for staff. */
    public List<SearchDocument> documents(String code) {
        List<SearchDocument> docs = new ArrayList<>();
        List<FiscalYearView> years = fiscalYears.list(code);
        Map<String, String> latestNames = organization.departments(code).stream()
                .collect(Collectors.toMap(DepartmentChoice::code, DepartmentChoice::name, (a, b) -> a));
        PublicationNames names = publicationNames.names(code);
        for (FiscalYearView fy : years) {
            int year = fy.year().startYear();
            Map<String, String> deptNames = new HashMap<>(latestNames);
            for (DepartmentView d : organization.departments(fy)) {
                deptNames.put(d.code(), d.name());
                docs.add(department(code, year, d));
            }
            yearDocuments(code, year, names, deptNames, docs);
        }
        policy(code, years, docs);
        individualPlans(code, latestNames, docs);
        consultations(code, latestNames, docs);
        whitePapers(code, docs);
        return docs;
    }

    private void yearDocuments(
            String code, int year, PublicationNames names, Map<String, String> deptNames, List<SearchDocument> docs) {
        String base = "/m/" + code + "/" + year;
        for (var p : publishedPlans.publishedPlans(code, year)) {
            String url = base + "/plans/" + p.departmentCode();
            DepartmentPlanView plan = p.plan();
            docs.add(new SearchDocument(
                    "plan:" + year + ":" + p.departmentCode(),
                    code,
                    SearchKind.DEPARTMENT_PLAN,
                    year,
                    p.departmentCode(),
                    p.departmentName(),
                    p.departmentName() + " " + names.plans(),
                    planText(plan, false),
                    url,
                    PUBLIC));
            for (ProjectView project : plan.projects()) {
                docs.add(new SearchDocument(
                        "project:" + project.id(),
                        code,
                        SearchKind.PROJECT,
                        year,
                        p.departmentCode(),
                        p.departmentName(),
                        project.title(),
                        projectText(project),
                        url,
                        PUBLIC));
            }
        }
        for (DepartmentPlanView plan : publishedPlans.publishedResults(code, year)) {
            String name = deptNames.getOrDefault(plan.departmentCode(), plan.departmentCode());
            docs.add(new SearchDocument(
                    "result:" + year + ":" + plan.departmentCode(),
                    code,
                    SearchKind.RESULT,
                    year,
                    plan.departmentCode(),
                    name,
                    name + " " + names.results(),
                    resultText(plan),
                    base + "/results#dept-" + plan.departmentCode(),
                    PUBLIC));
        }
        for (EvaluationSheetView sheet : publishedEvaluations.published(code, year)) {
            docs.add(
                    evaluation(code, sheet, deptNames, base + "/evaluations/" + sheet.number(), PUBLIC, "evaluation:"));
        }
        // staff: what is not published yet, for the department that writes it and the reviewers
        for (var p : departmentPlans.currentPlans(code, year)) {
            DepartmentPlanView plan = p.plan();
            boolean planPublished = plan.status() == PlanStatus.PUBLISHED;
            boolean resultsPublished = plan.resultStatus() == null || plan.resultStatus() == PlanStatus.PUBLISHED;
            if (planPublished && resultsPublished) {
                continue;
            }
            docs.add(new SearchDocument(
                    "draft-plan:" + year + ":" + p.departmentCode(),
                    code,
                    SearchKind.DEPARTMENT_PLAN,
                    year,
                    p.departmentCode(),
                    p.departmentName(),
                    p.departmentName() + " " + names.plans() + "（"
                            + plan.status().label() + "）",
                    planText(plan, true),
                    "/staff/m/" + code + "/" + year + "/plans/" + p.departmentCode(),
                    SearchDocument.unpublished(p.departmentCode())));
        }
        for (EvaluationSheetView sheet : evaluations.sheets(code, year)) {
            if (sheet.stage() != EvaluationStage.PUBLISHED) {
                docs.add(evaluation(
                        code,
                        sheet,
                        deptNames,
                        "/staff/m/" + code + "/" + year + "/evaluations/" + sheet.number(),
                        SearchDocument.unpublished(sheet.departmentCode()),
                        "draft-evaluation:"));
            }
        }
    }

    private SearchDocument department(String code, int year, DepartmentView d) {
        DepartmentProfile p = d.profile();
        String body = join(
                p.headName(),
                p.headNameKana(),
                p.basicPolicy(),
                p.workDescription(),
                p.missionHeadline(),
                p.mission(),
                d.sections().stream().map(SectionView::name).collect(Collectors.joining(" ")));
        return new SearchDocument(
                "department:" + year + ":" + d.code(),
                code,
                SearchKind.DEPARTMENT,
                year,
                d.code(),
                d.name(),
                d.name(),
                body,
                "/m/" + code + "/" + year + "/departments/" + d.code(),
                PUBLIC);
    }

    private static String planText(DepartmentPlanView plan, boolean withProjects) {
        var c = plan.content();
        List<String> parts = new ArrayList<>();
        parts.add(c.missionHeadline());
        parts.add(c.mission());
        for (SectionRole role : c.sectionRoles()) {
            parts.add(role.section() + "：" + role.role());
        }
        parts.add(c.policies());
        parts.add(plan.summary());
        if (withProjects) {
            for (ProjectView project : plan.projects()) {
                parts.add(project.title());
                parts.add(projectText(project));
            }
        } else {
            parts.add(plan.projects().stream().map(ProjectView::title).collect(Collectors.joining("、")));
        }
        return join(parts.toArray(String[]::new));
    }

    private static String projectText(ProjectView project) {
        List<String> parts = new ArrayList<>();
        parts.add(project.description());
        parts.add(project.leadSection());
        project.targets().stream().map(TargetIndicator::text).forEach(parts::add);
        parts.add(project.result());
        parts.add(project.resultExplanation());
        return join(parts.toArray(String[]::new));
    }

    private static String resultText(DepartmentPlanView plan) {
        List<String> parts = new ArrayList<>();
        parts.add(plan.summary());
        for (ProjectView project : plan.projects()) {
            parts.add(project.title() + (project.result() == null ? "" : "（" + project.result() + "）"));
            parts.add(project.resultExplanation());
        }
        return join(parts.toArray(String[]::new));
    }

    private static SearchDocument evaluation(
            String code,
            EvaluationSheetView sheet,
            Map<String, String> deptNames,
            String url,
            Set<String> audiences,
            String idPrefix) {
        SheetContent c = sheet.content();
        List<String> parts = new ArrayList<>();
        parts.add(c.sectionName());
        parts.add(c.legalBasis());
        parts.add(c.target());
        parts.add(c.intent());
        parts.add(c.means());
        c.indicators().stream().map(PerformanceIndicator::name).forEach(parts::add);
        for (Assessment a : List.of(sheet.first(), sheet.second())) {
            parts.add(a.relevanceReason());
            parts.add(a.effectivenessReason());
            parts.add(a.efficiencyReason());
            parts.add(a.direction());
            parts.add(a.improvement());
            parts.add(a.comment());
        }
        parts.add(sheet.externalComment());
        parts.add(sheet.finalDirection());
        String name = deptNames.getOrDefault(sheet.departmentCode(), sheet.departmentCode());
        return new SearchDocument(
                idPrefix + sheet.id(),
                code,
                SearchKind.EVALUATION,
                sheet.year(),
                sheet.departmentCode(),
                name,
                c.name(),
                join(parts.toArray(String[]::new)),
                url,
                audiences);
    }

    private void policy(String code, List<FiscalYearView> years, List<SearchDocument> docs) {
        for (PlanOutline outline : policyPlans.outlines(code)) {
            PlanRow row = outline.plan();
            String planUrl = "/m/" + code + "/policy/" + row.key();
            docs.add(new SearchDocument(
                    "policy:" + row.key(),
                    code,
                    SearchKind.POLICY_PLAN,
                    row.startYear(),
                    null,
                    null,
                    row.name(),
                    join(
                            row.overview(),
                            outline.revisions().stream().map(r -> r.name()).collect(Collectors.joining(" "))),
                    planUrl,
                    PUBLIC));
            PlanView plan = policyPlans.plan(code, row.key());
            Map<String, List<PlacedIndicator>> indicators =
                    row.kind() == PolicyPlanKind.VISION ? Map.of() : policyPlans.indicatorsOf(code, row.key());
            for (ElementView ev : plan.elements()) {
                ElementRow e = ev.element();
                String url = planUrl + "/" + e.key();
                docs.add(new SearchDocument(
                        "element:" + row.key() + ":" + e.key(),
                        code,
                        SearchKind.POLICY_ELEMENT,
                        null,
                        null,
                        null,
                        e.title(),
                        join(e.overview(), e.owners(), row.name()),
                        url,
                        PUBLIC));
                List<PlacedIndicator> placed = indicators.getOrDefault(e.key(), List.of());
                for (int i = 0; i < placed.size(); i++) {
                    IndicatorRow ind = placed.get(i).indicator();
                    docs.add(new SearchDocument(
                            "indicator:" + row.key() + ":" + e.key() + ":" + ind.key(),
                            code,
                            SearchKind.INDICATOR,
                            null,
                            null,
                            null,
                            ind.name(),
                            join(
                                    ind.subName(),
                                    ind.mainName(),
                                    ind.unit(),
                                    ind.targetNote(),
                                    ind.targetState(),
                                    ind.notes(),
                                    e.title(),
                                    row.name()),
                            url + "#indicator-" + (i + 1),
                            PUBLIC));
                }
            }
            for (FiscalYearView fy : years) {
                int year = fy.year().startYear();
                Map<String, String> progress = policyPlans.progressOf(code, row.key(), year);
                for (var entry : progress.entrySet()) {
                    ElementRow e = plan.element(entry.getKey())
                            .map(ElementView::element)
                            .orElse(null);
                    if (e == null || entry.getValue().isBlank()) {
                        continue;
                    }
                    docs.add(new SearchDocument(
                            "progress:" + row.key() + ":" + e.key() + ":" + year,
                            code,
                            SearchKind.PROGRESS,
                            year,
                            null,
                            null,
                            Messages.get(
                                    "search.title.progress",
                                    e.title(),
                                    FiscalYear.of(year).label()),
                            entry.getValue(),
                            planUrl + "/" + e.key(),
                            PUBLIC));
                }
            }
        }
    }

    private void individualPlans(String code, Map<String, String> deptNames, List<SearchDocument> docs) {
        for (IndividualPlanView plan : individualPlans.plans(code)) {
            var c = plan.content();
            docs.add(new SearchDocument(
                    "individual-plan:" + plan.id(),
                    code,
                    SearchKind.INDIVIDUAL_PLAN,
                    null,
                    c.departmentCode(),
                    deptNames.get(c.departmentCode()),
                    plan.displayName(),
                    join(
                            c.kind().label(),
                            c.section(),
                            c.purpose(),
                            c.composition(),
                            String.join("、", c.mainProjects()),
                            c.period()),
                    "/m/" + code + "/individual-plans/" + plan.id(),
                    PUBLIC));
        }
    }

    private void consultations(String code, Map<String, String> deptNames, List<SearchDocument> docs) {
        Map<Long, String> planNames = individualPlans.names(code);
        for (ConsultationView c : consultations.publicConsultations(code)) {
            var content = c.content();
            docs.add(new SearchDocument(
                    "consultation:" + c.id(),
                    code,
                    SearchKind.CONSULTATION,
                    FiscalYear.containing(content.period().startsOn()).startYear(),
                    content.departmentCode(),
                    deptNames.get(content.departmentCode()),
                    content.title(),
                    join(
                            content.summary(),
                            content.planIds().stream()
                                    .map(planNames::get)
                                    .filter(Objects::nonNull)
                                    .collect(Collectors.joining("、")),
                            content.readingPlaces(),
                            c.changesSummary()),
                    "/m/" + code + "/comments/" + c.id(),
                    PUBLIC));
        }
    }

    private void whitePapers(String code, List<SearchDocument> docs) {
        for (WhitePapers.Published paper : whitePapers.published(code)) {
            int year = paper.fiscalYear();
            EditionView edition = paper.latest();
            String base = "/m/" + code + "/" + year + "/white-paper";
            List<Map.Entry<String, String>> pages = Stream.concat(
                            Stream.of(Map.entry("index", paper.title())),
                            edition.chapters().stream()
                                    .map(ch -> Map.entry(ch.id(), paper.title() + " " + ch.heading())))
                    .toList();
            for (var page : pages) {
                String html = whitePapers.editionPage(code, year, edition.number(), page.getKey());
                docs.add(new SearchDocument(
                        "white-paper:" + year + ":" + page.getKey(),
                        code,
                        SearchKind.WHITE_PAPER,
                        year,
                        null,
                        null,
                        page.getValue(),
                        textOf(html),
                        "index".equals(page.getKey()) ? base : base + "/" + page.getKey(),
                        PUBLIC));
            }
        }
    }

    /** The text of a page's HTML: tags dropped, entities read, white space tidied. */
    static String textOf(String html) {
        String text = TAG.matcher(html.replaceAll("(?i)<(br|/p|/li|/tr|/h[1-6]|/div|/td|/th)[^>]*>", "$0\n"))
                .replaceAll("");
        text = text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&");
        text = SPACE.matcher(text).replaceAll(" ");
        return BLANK_LINES.matcher(text).replaceAll("\n").strip();
    }

    private static String join(@Nullable String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!b.isEmpty()) {
                    b.append('\n');
                }
                b.append(part.strip());
            }
        }
        return b.toString();
    }
}
