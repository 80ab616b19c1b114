package jp.hoshin.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.ProjectView;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.workflow.Transition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 評価対象の選定と引き継ぎ — which projects get an evaluation sheet: chosen from the year's department-plan projects (all
 * or none), or carried forward from last year's sheets. Callers check roles first.
 */
@Service
public class EvaluationSelection {

    private final SheetRepository sheets;
    private final SheetStore store;
    private final SheetLinks links;
    private final NewSheets newSheets;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final DepartmentPlans departmentPlans;

    EvaluationSelection(
            SheetRepository sheets,
            SheetStore store,
            SheetLinks links,
            NewSheets newSheets,
            FiscalYears fiscalYears,
            Organization organization,
            DepartmentPlans departmentPlans) {
        this.sheets = sheets;
        this.store = store;
        this.links = links;
        this.newSheets = newSheets;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.departmentPlans = departmentPlans;
    }

    /**
     * A project of the year's department plans as a candidate for evaluation, with the number of the sheet that already
     * evaluates it (a sheet linked to the project), if any.
     */
    public record PlanCandidate(
            String departmentCode,
            String departmentName,
            long projectId,
            int projectNumber,
            String title,
            @Nullable String leadSection,
            @Nullable String policyElementKey,
            @Nullable Integer sheetNumber) {

        public boolean selected() {
            return sheetNumber != null;
        }
    }

    /** The projects of every department's plan of the year (as it stands), in department and project order. */
    @Transactional(readOnly = true)
    public List<PlanCandidate> planCandidates(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        Map<Long, Integer> sheetOfProject = new HashMap<>();
        for (EvaluationSheet sheet : sheets.inYear(fy.id())) {
            sheet.content().planProjectIds().forEach(id -> sheetOfProject.putIfAbsent(id, sheet.number()));
        }
        List<PlanCandidate> result = new ArrayList<>();
        for (DepartmentPlans.PlanOfDepartment plan : departmentPlans.currentPlans(municipalityCode, year)) {
            for (ProjectView p : plan.plan().projects()) {
                result.add(new PlanCandidate(
                        plan.departmentCode(),
                        plan.departmentName(),
                        p.id(),
                        p.number(),
                        p.title(),
                        p.leadSection(),
                        p.policyElementKey(),
                        sheetOfProject.get(p.id())));
            }
        }
        return result;
    }

    /**
     * 評価対象の選定 from the department plans: one sheet per chosen project, named after it, in its department, linked to
     * it and to its basic-plan element. All or nothing: a project that is not in the year's plans or already has a sheet
     * refuses the whole choice.
     */
    @Transactional
    public List<EvaluationSheetView> selectFromPlans(
            String municipalityCode, int year, List<Long> projectIds, String by) {
        if (projectIds.isEmpty()) {
            throw BusinessRuleException.about("project", Messages.get("evaluation.select.none"));
        }
        fiscalYears.get(municipalityCode, year).requireOpen();
        Map<Long, PlanCandidate> candidates = planCandidates(municipalityCode, year).stream()
                .collect(Collectors.toMap(PlanCandidate::projectId, Function.identity()));
        Set<String> linkable = links.linkableElements(municipalityCode);
        Map<PlanCandidate, SheetContent> chosen = new LinkedHashMap<>();
        for (Long id : projectIds.stream().distinct().toList()) {
            PlanCandidate c = candidates.get(id);
            if (c == null) {
                throw BusinessRuleException.about(
                        "project",
                        Messages.get(
                                "evaluation.select.notInPlan",
                                id,
                                FiscalYear.of(year).label()));
            }
            if (c.selected()) {
                throw BusinessRuleException.about(
                        "project", Messages.get("evaluation.select.alreadySelected", c.title(), c.sheetNumber()));
            }
            chosen.put(
                    c,
                    SheetContent.named(c.title(), c.leadSection())
                            .withPolicyElementKey(linkable.contains(c.policyElementKey()) ? c.policyElementKey() : null)
                            .withPlanProjectIds(List.of(id)));
        }
        NewSheets.Batch batch = newSheets.of(municipalityCode, year);
        List<EvaluationSheetView> created = new ArrayList<>();
        chosen.forEach((c, content) -> created.add(batch.create(c.departmentCode(), content, by, false)));
        return created;
    }

    /**
     * Starts next year's sheets as copies of this year's: identity, texts, indicators and costs (their series
     * run on, so this year's values become the 前年度 column), the same number where it is free, linked to the
     * sheet they come from. Sheets already carried are skipped; {@code numbers} empty means every sheet.
     */
    @Transactional
    public List<EvaluationSheetView> carryForward(
            String municipalityCode, int fromYear, List<Integer> numbers, String by) {
        FiscalYearView from = fiscalYears.get(municipalityCode, fromYear);
        int toYear = fromYear + 1;
        FiscalYearView to = fiscalYears
                .find(municipalityCode, toYear)
                .orElseThrow(() -> new BusinessRuleException(Messages.get(
                        "evaluation.carry.yearNotOpened", FiscalYear.of(toYear).label())));
        to.requireOpen();
        Set<Long> carried = new HashSet<>(sheets.carriedFrom(to.id()));
        Set<String> departments =
                organization.departments(to).stream().map(DepartmentView::code).collect(Collectors.toSet());
        Set<Integer> taken = sheets.inYear(to.id()).stream()
                .map(EvaluationSheet::number)
                .collect(Collectors.toCollection(HashSet::new));
        int next = sheets.maxNumber(to.id());
        Map<Integer, Long> labor = store.laborUnitCosts(municipalityCode);
        List<YearColumn> columns = store.columns(municipalityCode);
        int earliest = columns.stream().mapToInt(YearColumn::offset).min().orElse(-2);
        List<EvaluationSheetView> result = new ArrayList<>();
        for (EvaluationSheet source : sheets.inYear(from.id())) {
            if (!numbers.isEmpty() && !numbers.contains(source.number()) || carried.contains(source.id())) {
                continue;
            }
            if (!departments.contains(source.departmentCode())) {
                throw new BusinessRuleException(Messages.get(
                        "evaluation.carry.departmentGone",
                        source.content().name(),
                        source.departmentCode(),
                        to.year().label()));
            }
            SheetContent c = source.content();
            // the links to this year's department-plan projects do not carry over: next year's plan has its own
            // projects
            SheetContent copy = c.withPlanProjectIds(List.of())
                    .withNewProject(false)
                    .withCosts(c.costs().stream()
                            .filter(y -> y.year() >= toYear + earliest)
                            .toList());
            int number = taken.contains(source.number()) ? ++next : source.number();
            taken.add(number);
            next = Math.max(next, number);
            EvaluationSheet sheet = sheets.saveAndFlush(new EvaluationSheet(
                    to.id(), number, source.departmentCode(), copy, source.id(), source.illustrative()));
            store.recordStep(
                    sheet,
                    Transition.within(EvaluationStage.FIRST),
                    by,
                    Messages.get("evaluation.step.carried", from.year().label(), source.number()));
            result.add(sheet.view(toYear, labor, columns));
        }
        return result;
    }
}
