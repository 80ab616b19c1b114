package jp.hoshin.departmentplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.DescribedDepartment;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.ReadMemo;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公表された運営方針と目標 — the plans citizens read: published ones, or the finalised version of one under revision,
 * without results until the results are published; and the published results (結果発表).
 */
@Service
public class PublishedPlans {

    private final DepartmentPlanRepository plans;
    private final FiscalYears fiscalYears;
    private final Organization organization;

    private final PlanStepRepository steps;
    private final PlanStore store;
    private final PublishedResultRows resultRows;

    PublishedPlans(
            DepartmentPlanRepository plans,
            FiscalYears fiscalYears,
            Organization organization,
            PlanStepRepository steps,
            PlanStore store,
            PublishedResultRows resultRows) {
        this.store = store;
        this.resultRows = resultRows;
        this.plans = plans;
        this.steps = steps;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
    }

    /** A department's plan as citizens may read it. */
    public record PublishedPlan(String departmentCode, String departmentName, DepartmentPlanView plan) {}

    /** The plans of the year citizens can read (published, or finalised before a revision), in department order. */
    @Transactional(readOnly = true)
    public List<PublishedPlan> publishedPlans(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        return publishedPlans(plans.findByFiscalYearId(fy.id()), organization.departments(fy));
    }

    private List<PublishedPlan> publishedPlans(List<DepartmentPlan> ofYear, List<DepartmentView> departments) {
        Map<String, DepartmentPlan> byCode =
                ofYear.stream().collect(Collectors.toMap(DepartmentPlan::departmentCode, Function.identity()));
        return departments.stream()
                .flatMap(d -> Optional.ofNullable(byCode.get(d.code()))
                        .flatMap(p -> publicView(p, d))
                        .map(v -> new PublishedPlan(d.code(), d.name(), v))
                        .stream())
                .toList();
    }

    /**
     * What citizens can read of a year's department plans, read once: how many departments the year has, the plans
     * ({@link #publishedPlans}) and the published results ({@link #publishedResults}).
     */
    public record PublishedYear(int departments, List<PublishedPlan> plans, List<DepartmentPlanView> results) {}

    /** {@link #publishedPlans} and {@link #publishedResults} of a year from one reading of its plans and departments. */
    @Transactional(readOnly = true)
    public PublishedYear year(FiscalYearView fy) {
        List<DepartmentPlan> ofYear = plans.findByFiscalYearId(fy.id());
        List<DepartmentView> departments = organization.departments(fy);
        return new PublishedYear(
                departments.size(), publishedPlans(ofYear, departments), publishedResults(ofYear, departments));
    }

    /**
     * The day (in Japan) the year's plans or results were last published: the date a booklet of them carries, however
     * much later it is printed. Empty while nothing is published.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> publishedOn(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        return steps.lastPublished(fy.id()).map(at -> LocalDate.ofInstant(at, FiscalYear.JAPAN));
    }

    /** The version citizens see: the finalised snapshot while a revision is being written, else the plan itself. */
    @Transactional(readOnly = true)
    public Optional<DepartmentPlanView> publicVersion(PlanReference ref) {
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        return plans.findByFiscalYearIdAndDepartmentCode(fy.id(), ref.departmentCode())
                .flatMap(p -> publicView(p, null));
    }

    /**
     * The departments whose results of the year are published, with their plans. A page's read-only transaction reads
     * them with plain SQL ({@link PublishedResultRows}); a writing one through the repository, which sees its own
     * unflushed changes.
     */
    @Transactional(readOnly = true)
    public List<DepartmentPlanView> publishedResults(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        List<DepartmentView> departments = organization.departments(fy);
        if (ReadMemo.readOnly()) {
            return inDepartmentOrder(resultRows.published(fy.id(), departments).stream(), departments);
        }
        return publishedResults(plans.findWithPublishedResults(fy.id()), departments);
    }

    /**
     * What the public results page shows of {@link #publishedResults}: each department's goals with their results and
     * its 総括, in the departments' order. A page's read-only transaction reads only that ({@link
     * PublishedResultRows#results}); a writing one takes it from the whole plans.
     */
    @Transactional(readOnly = true)
    public List<PublishedResult> resultsOfYear(String municipalityCode, int year) {
        if (!ReadMemo.readOnly()) {
            return publishedResults(municipalityCode, year).stream()
                    .map(PublishedResult::of)
                    .toList();
        }
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        // the departments go with the results, in one round trip; described(fy) then reads nothing
        List<PublishedResult> results = resultRows.results(
                fy.id(),
                fy.municipalityCode(),
                organization.describedCarried(fy).stream().toList());
        return inOrder(
                results.stream(),
                PublishedResult::departmentCode,
                organization.described(fy).stream()
                        .map(DescribedDepartment::code)
                        .toList());
    }

    private List<DepartmentPlanView> publishedResults(List<DepartmentPlan> ofYear, List<DepartmentView> departments) {
        Map<String, DepartmentView> byCode = new HashMap<>();
        departments.forEach(d -> byCode.put(d.code(), d));
        // the departments already read save a lookup per plan
        return inDepartmentOrder(
                ofYear.stream()
                        .filter(p -> p.resultStatus() == PlanStatus.PUBLISHED)
                        .map(p -> p.view(store.missionAndResources(p, byCode.get(p.departmentCode())))),
                departments);
    }

    /** The plans in the order of their departments; a plan of a department the year lacks comes last. */
    private static List<DepartmentPlanView> inDepartmentOrder(
            Stream<DepartmentPlanView> plans, List<DepartmentView> departments) {
        return inDepartmentOrder(plans, DepartmentPlanView::departmentCode, departments);
    }

    private static <T> List<T> inDepartmentOrder(
            Stream<T> plans, Function<T, String> departmentCode, List<DepartmentView> departments) {
        return inOrder(
                plans,
                departmentCode,
                departments.stream().map(DepartmentView::code).toList());
    }

    /** The plans in the order of these department codes; a plan of a department not among them comes last. */
    private static <T> List<T> inOrder(Stream<T> plans, Function<T, String> departmentCode, List<String> codes) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            order.put(codes.get(i), i);
        }
        return plans.sorted(Comparator.comparing(p -> order.getOrDefault(departmentCode.apply(p), Integer.MAX_VALUE)))
                .toList();
    }

    /** A published project linked to a plan element: in which year's plan of which department. */
    public record LinkedProject(
            FiscalYearView fiscalYear, String departmentCode, String departmentName, Project project) {

        /** The project as the element's pages show it: its number and title, its result once published. */
        public record Project(
                int number, String title, @Nullable String result) {}
    }

    /**
     * The published projects of every year that serve the plan element (施策・主要事業・個別課題), latest year first: for
     * the element's public page. A plan under revision counts with its finalised version. Reads only the linked
     * projects (one query) and the names of the departments of their years (one more).
     */
    @Transactional(readOnly = true)
    public List<LinkedProject> linkedTo(String municipalityCode, String elementKey) {
        Map<Long, FiscalYearView> years = fiscalYears.list(municipalityCode).stream()
                .collect(Collectors.toMap(FiscalYearView::id, Function.identity()));
        if (years.isEmpty()) {
            return List.of();
        }
        List<LinkedProjectRow> rows = resultRows.linkedTo(years.keySet(), elementKey);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> names = organization.departmentNames(
                rows.stream().map(LinkedProjectRow::fiscalYearId).distinct().toList());
        List<LinkedProject> linked = new ArrayList<>();
        for (LinkedProjectRow row : rows) {
            FiscalYearView year = years.get(row.fiscalYearId());
            String name = names.getOrDefault(row.fiscalYearId(), Map.of())
                    .getOrDefault(row.departmentCode(), row.departmentCode());
            projects(row, elementKey).forEach(p -> linked.add(new LinkedProject(year, row.departmentCode(), name, p)));
        }
        linked.sort(
                Comparator.comparing((LinkedProject l) -> l.fiscalYear().year().startYear())
                        .reversed());
        return linked;
    }

    /** The linked projects a row stands for, without results until the results are published. */
    private static List<LinkedProject.Project> projects(LinkedProjectRow row, String elementKey) {
        if (row.snapshot() == null) {
            boolean results = row.resultStatus() == PlanStatus.PUBLISHED;
            return List.of(new LinkedProject.Project(
                    Objects.requireNonNull(row.number()),
                    Objects.requireNonNull(row.title()),
                    results ? row.result() : null));
        }
        return PlanWorkflow.JSON
                .readValue(row.snapshot(), DepartmentPlanView.class)
                .withoutUnpublishedResults()
                .projects()
                .stream()
                .filter(p -> elementKey.equals(p.policyElementKey()))
                .map(p -> new LinkedProject.Project(p.number(), p.title(), p.result()))
                .toList();
    }

    private Optional<DepartmentPlanView> publicView(DepartmentPlan plan, @Nullable DepartmentView department) {
        if (plan.status() == PlanStatus.PUBLISHED) {
            return Optional.of(
                    plan.view(store.missionAndResources(plan, department)).withoutUnpublishedResults());
        }
        String snapshot = plan.publishedSnapshot();
        if (snapshot != null && plan.revision() > 0) {
            return Optional.of(PlanWorkflow.JSON
                    .readValue(snapshot, DepartmentPlanView.class)
                    .withoutUnpublishedResults());
        }
        return Optional.empty();
    }
}
