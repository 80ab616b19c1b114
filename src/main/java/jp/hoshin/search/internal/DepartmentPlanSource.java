package jp.hoshin.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchKind;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 運営方針と目標 of each year: the published plans with their projects and results; for staff, the plans (and results)
 * not published yet, for the department that writes them and the reviewers.
 */
@Component
@Order(2)
class DepartmentPlanSource implements SearchSource {

    private static final Set<String> PUBLIC = Set.of(SearchDocument.PUBLIC);

    private final PublishedPlans publishedPlans;
    private final DepartmentPlans departmentPlans;
    private final PlanPublicationNames publicationNames;

    DepartmentPlanSource(
            PublishedPlans publishedPlans, DepartmentPlans departmentPlans, PlanPublicationNames publicationNames) {
        this.publishedPlans = publishedPlans;
        this.departmentPlans = departmentPlans;
        this.publicationNames = publicationNames;
    }

    @Override
    public Stream<SearchDocument> documents(SourceContext m) {
        PublicationNames names = publicationNames.names(m.code());
        List<SearchDocument> docs = new ArrayList<>();
        for (FiscalYearView fy : m.years()) {
            year(m, fy.year().startYear(), names, docs);
        }
        return docs.stream();
    }

    private void year(SourceContext m, int year, PublicationNames names, List<SearchDocument> docs) {
        String code = m.code();
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
            String name = m.departmentName(year, plan.departmentCode());
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
        return SourceText.join(parts.toArray(String[]::new));
    }

    private static String projectText(ProjectView project) {
        List<String> parts = new ArrayList<>();
        parts.add(project.description());
        parts.add(project.leadSection());
        project.targets().stream().map(TargetIndicator::text).forEach(parts::add);
        parts.add(project.result());
        parts.add(project.resultExplanation());
        return SourceText.join(parts.toArray(String[]::new));
    }

    private static String resultText(DepartmentPlanView plan) {
        List<String> parts = new ArrayList<>();
        parts.add(plan.summary());
        for (ProjectView project : plan.projects()) {
            parts.add(project.title() + (project.result() == null ? "" : "（" + project.result() + "）"));
            parts.add(project.resultExplanation());
        }
        return SourceText.join(parts.toArray(String[]::new));
    }
}
