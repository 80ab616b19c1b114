package jp.hoshin.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation sheets of a year: choosing the projects to evaluate, writing the sheets, moving them through
 * 一次評価 → 二次評価 → 確定 → 公表 (each step recorded with who and when), carrying them into the next year, the
 * budget list and the counts the white paper shows. Callers check roles ({@code jp.hoshin.identity.Access})
 * first; this service checks stages, versions, links and closed years.
 */
@Service
public class Evaluations {

    private final SheetRepository sheets;
    private final StepRepository steps;
    private final LaborCostRepository laborCosts;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final DepartmentPlans departmentPlans;
    private final PolicyPlans policyPlans;
    private final JdbcClient jdbc;
    private final Clock clock;

    Evaluations(SheetRepository sheets, StepRepository steps, LaborCostRepository laborCosts, FiscalYears fiscalYears,
                Organization organization, DepartmentPlans departmentPlans, PolicyPlans policyPlans, JdbcClient jdbc, Clock clock) {
        this.sheets = sheets;
        this.steps = steps;
        this.laborCosts = laborCosts;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.departmentPlans = departmentPlans;
        this.policyPlans = policyPlans;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public List<EvaluationSheetView> sheets(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        Map<Integer, Long> labor = laborUnitCosts(municipalityCode);
        return sheets.inYear(fy.id()).stream().map(s -> s.view(year, labor)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EvaluationSheetView> find(String municipalityCode, int year, int number) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        return sheets.find(fy.id(), number).map(s -> s.view(year, laborUnitCosts(municipalityCode)));
    }

    @Transactional(readOnly = true)
    public EvaluationSheetView get(String municipalityCode, int year, int number) {
        return find(municipalityCode, year, number).orElseThrow(() -> notFound(year, number));
    }

    @Transactional(readOnly = true)
    public List<EvaluationStepView> steps(long sheetId) {
        return steps.of(sheetId).stream().map(EvaluationStep::view).toList();
    }

    /** The 人件費単価 of each fiscal year the municipality has set. */
    @Transactional(readOnly = true)
    public Map<Integer, Long> laborUnitCosts(String municipalityCode) {
        Map<Integer, Long> result = new HashMap<>();
        laborCosts.of(municipalityCode).forEach(c -> result.put(c.fiscalYear(), c.yen()));
        return result;
    }

    /** The projects of the department's plan of that year a sheet may link to. */
    @Transactional(readOnly = true)
    public List<ProjectView> linkablePlanProjects(String municipalityCode, int year, String departmentCode) {
        return departmentPlans.find(municipalityCode, year, departmentCode).map(p -> p.projects()).orElse(List.of());
    }

    // ---- the planning section's choices ----

    /** Sets the 人件費単価 (yen per person-year) the sheets of this fiscal year use. */
    @Transactional
    public void setLaborUnitCost(String municipalityCode, int year, long yenPerPersonYear) {
        LaborUnitCost cost = laborCosts.find(municipalityCode, year).orElse(null);
        if (cost == null) {
            laborCosts.saveAndFlush(new LaborUnitCost(municipalityCode, year, yenPerPersonYear));
        } else if (cost.yen() != yenPerPersonYear) {
            cost.set(yenPerPersonYear);
            laborCosts.flush();
        }
    }

    /** Chooses a project as an evaluation target of the year: a new sheet at 一次評価 for the department. */
    @Transactional
    public EvaluationSheetView create(String municipalityCode, int year, String departmentCode, SheetContent content, String by) {
        return create(municipalityCode, year, departmentCode, content, by, false);
    }

    /** As {@link #create}, marking the sheet as illustrative (made-up demo data). */
    @Transactional
    public EvaluationSheetView create(String municipalityCode, int year, String departmentCode, SheetContent content, String by,
                                      boolean illustrative) {
        return create(municipalityCode, year, departmentCode, content, by, illustrative, new LinkCheck(municipalityCode, year));
    }

    /** Creates a sheet, checking its links with {@code links} (shared by the sheets of one choice, so each plan is read once). */
    private EvaluationSheetView create(String municipalityCode, int year, String departmentCode, SheetContent content, String by,
                                       boolean illustrative, LinkCheck links) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        fy.requireOpen();
        DepartmentView d = organization.department(municipalityCode, year, departmentCode);
        links.check(d.code(), content);
        sheets.lockNumbering(fy.id());
        EvaluationSheet sheet = sheets.saveAndFlush(new EvaluationSheet(fy.id(), sheets.maxNumber(fy.id()) + 1, d.code(), content,
                null, illustrative));
        steps.save(new EvaluationStep(sheet.id(), EvaluationStage.FIRST, EvaluationStage.FIRST, by, clock.instant(), "評価対象に選定"));
        return sheet.view(year, laborUnitCosts(municipalityCode));
    }

    /**
     * A project of the year's department plans as a candidate for evaluation, with the number of the sheet that already
     * evaluates it (a sheet linked to the project), if any.
     */
    public record PlanCandidate(String departmentCode, String departmentName, long projectId, int projectNumber, String title,
                                @Nullable String leadSection, @Nullable String policyElementKey, @Nullable Integer sheetNumber) {

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
                result.add(new PlanCandidate(plan.departmentCode(), plan.departmentName(), p.id(), p.number(), p.title(), p.leadSection(),
                        p.policyElementKey(), sheetOfProject.get(p.id())));
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
    public List<EvaluationSheetView> selectFromPlans(String municipalityCode, int year, List<Long> projectIds, String by) {
        if (projectIds.isEmpty()) {
            throw new BusinessRuleException("評価対象にする事業を選んでください。");
        }
        fiscalYears.get(municipalityCode, year).requireOpen();
        Map<Long, PlanCandidate> candidates = planCandidates(municipalityCode, year).stream()
                .collect(Collectors.toMap(PlanCandidate::projectId, Function.identity()));
        Set<String> linkable = policyPlans.linkable(municipalityCode).stream().map(PolicyPlans.LinkableElement::key).collect(Collectors.toSet());
        Map<PlanCandidate, SheetContent> chosen = new LinkedHashMap<>();
        for (Long id : projectIds.stream().distinct().toList()) {
            PlanCandidate c = candidates.get(id);
            if (c == null) {
                throw new BusinessRuleException("選んだ事業（ID " + id + "）は" + FiscalYear.of(year).label() + "の運営方針と目標にありません。");
            }
            if (c.selected()) {
                throw new BusinessRuleException("「" + c.title() + "」には既に評価シート No." + c.sheetNumber() + " があります。");
            }
            chosen.put(c, new SheetContent(c.title(), c.leadSection(), null, null, null, null, null, null,
                    linkable.contains(c.policyElementKey()) ? c.policyElementKey() : null, List.of(id), List.of(), null, null, false, Set.of(), null, null, null, List.of(), List.of(), null));
        }
        LinkCheck links = new LinkCheck(municipalityCode, year);
        List<EvaluationSheetView> created = new ArrayList<>();
        chosen.forEach((c, content) -> created.add(create(municipalityCode, year, c.departmentCode(), content, by, false, links)));
        return created;
    }

    /**
     * Starts next year's sheets as copies of this year's: identity, texts, indicators and costs (their series
     * run on, so this year's values become the 前年度 column), the same number where it is free, linked to the
     * sheet they come from. Sheets already carried are skipped; {@code numbers} empty means every sheet.
     */
    @Transactional
    public List<EvaluationSheetView> carryForward(String municipalityCode, int fromYear, List<Integer> numbers, String by) {
        FiscalYearView from = fiscalYears.get(municipalityCode, fromYear);
        int toYear = fromYear + 1;
        FiscalYearView to = fiscalYears.find(municipalityCode, toYear)
                .orElseThrow(() -> new BusinessRuleException(FiscalYear.of(toYear).label() + "が開始されていないため、評価シートを引き継げません。"));
        to.requireOpen();
        Set<Long> carried = new HashSet<>(sheets.carriedFrom(to.id()));
        Set<String> departments = organization.departments(to).stream().map(DepartmentView::code).collect(Collectors.toSet());
        Set<Integer> taken = sheets.inYear(to.id()).stream().map(EvaluationSheet::number).collect(Collectors.toCollection(HashSet::new));
        int next = sheets.maxNumber(to.id());
        Map<Integer, Long> labor = laborUnitCosts(municipalityCode);
        List<EvaluationSheetView> result = new ArrayList<>();
        for (EvaluationSheet source : sheets.inYear(from.id())) {
            if (!numbers.isEmpty() && !numbers.contains(source.number()) || carried.contains(source.id())) {
                continue;
            }
            if (!departments.contains(source.departmentCode())) {
                throw new BusinessRuleException("「" + source.content().name() + "」の部（" + source.departmentCode() + "）は"
                        + to.year().label() + "の組織にないため引き継げません。");
            }
            SheetContent c = source.content();
            // the links to this year's department-plan projects do not carry over: next year's plan has its own projects
            SheetContent copy = new SheetContent(c.name(), c.sectionName(), c.budgetKan(), c.budgetKou(), c.budgetMoku(),
                    c.budgetSaimoku(), c.legalBasis(), c.legalBasisKind(), c.policyElementKey(), List.of(), c.actionItemKeys(),
                    c.startYear(), c.endYear(), false, c.methods(), c.target(), c.intent(), c.means(), c.indicators(),
                    c.costs().stream().filter(y -> y.year() > toYear - 3).toList(), c.unitCostIndicator());
            int number = taken.contains(source.number()) ? ++next : source.number();
            taken.add(number);
            next = Math.max(next, number);
            EvaluationSheet sheet = sheets.saveAndFlush(new EvaluationSheet(to.id(), number, source.departmentCode(), copy, source.id(),
                    source.illustrative()));
            steps.save(new EvaluationStep(sheet.id(), EvaluationStage.FIRST, EvaluationStage.FIRST, by, clock.instant(),
                    from.year().label() + "の評価シート（No." + source.number() + "）から引き継ぎ"));
            result.add(sheet.view(toYear, labor));
        }
        return result;
    }

    // ---- writing and the review ----

    @Transactional
    public EvaluationSheetView write(String municipalityCode, int year, int number, long editedVersion, SheetContent content) {
        EvaluationSheet sheet = load(municipalityCode, year, number, editedVersion);
        checkLinks(municipalityCode, year, sheet.departmentCode(), content);
        sheet.write(content);
        return flushed(municipalityCode, year, sheet);
    }

    /**
     * The sheets of one workbook, each with the version it was exported at: all written, or none (any stale version,
     * broken link or frozen sheet among the changed ones refuses the whole). Sheets whose content is unchanged are not
     * touched. Returns the numbers of the sheets that changed.
     */
    @Transactional
    public List<Integer> writeAll(String municipalityCode, int year, Map<Integer, Map.Entry<Long, SheetContent>> contents) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        fy.requireOpen();
        Map<Integer, EvaluationSheet> byNumber = sheets.inYear(fy.id()).stream()
                .collect(Collectors.toMap(EvaluationSheet::number, Function.identity()));
        LinkCheck links = new LinkCheck(municipalityCode, year);
        List<Integer> changed = new ArrayList<>();
        for (var e : contents.entrySet()) {
            EvaluationSheet sheet = byNumber.get(e.getKey());
            if (sheet == null) {
                throw notFound(year, e.getKey());
            }
            ConcurrentEditException.check(e.getValue().getKey(), sheet.version());
            SheetContent content = e.getValue().getValue();
            if (content.equals(sheet.content())) {
                continue;
            }
            links.check(sheet.departmentCode(), content);
            sheet.write(content);
            changed.add(e.getKey());
        }
        sheets.flush();
        return changed;
    }

    /** The sheets of the year by number. */
    @Transactional(readOnly = true)
    public Map<Integer, EvaluationSheetView> byNumber(String municipalityCode, int year) {
        return sheets(municipalityCode, year).stream().collect(Collectors.toMap(EvaluationSheetView::number, Function.identity()));
    }

    @Transactional
    public EvaluationSheetView recordFirstAssessment(String municipalityCode, int year, int number, long editedVersion,
                                                     Assessment assessment, String by) {
        EvaluationSheet sheet = load(municipalityCode, year, number, editedVersion);
        sheet.recordFirstAssessment(assessment);
        return flushed(municipalityCode, year, sheet);
    }

    @Transactional
    public EvaluationSheetView submitFirstEvaluation(String municipalityCode, int year, int number, long editedVersion, String by) {
        EvaluationSheet sheet = load(municipalityCode, year, number, editedVersion);
        return step(municipalityCode, year, sheet, sheet.submitFirstEvaluation(), by, null);
    }

    @Transactional
    public EvaluationSheetView recordSecondEvaluation(String municipalityCode, int year, int number, long editedVersion,
                                                      Assessment assessment, @Nullable String externalCommittee, String by) {
        if (externalCommittee != null) {
            jp.hoshin.shared.InputText.checked("外部評価の意見", externalCommittee, Assessment.MAX_TEXT);
        }
        EvaluationSheet sheet = load(municipalityCode, year, number, editedVersion);
        sheet.recordSecondEvaluation(assessment, externalCommittee);
        return step(municipalityCode, year, sheet, EvaluationStage.SECOND, by, "二次評価を記録"
                + (assessment.direction() == null ? "" : "（今後の方向性：" + assessment.direction().label() + "）"));
    }

    @Transactional
    public EvaluationSheetView sendBack(String municipalityCode, int year, int number, long editedVersion, String by, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("差し戻す理由（コメント）を入力してください。");
        }
        jp.hoshin.shared.InputText.checked("差し戻す理由", comment, Assessment.MAX_TEXT);
        EvaluationSheet sheet = load(municipalityCode, year, number, editedVersion);
        return step(municipalityCode, year, sheet, sheet.sendBack(), by, comment.strip());
    }

    @Transactional
    public EvaluationSheetView finalizeEvaluation(String municipalityCode, int year, int number, long editedVersion, String by) {
        EvaluationSheet sheet = load(municipalityCode, year, number, editedVersion);
        return step(municipalityCode, year, sheet, sheet.finalizeEvaluation(), by, null);
    }

    @Transactional
    public EvaluationSheetView publish(String municipalityCode, int year, int number, long editedVersion, String by) {
        EvaluationSheet sheet = load(municipalityCode, year, number, editedVersion);
        EvaluationSheetView current = sheet.view(year, laborUnitCosts(municipalityCode));
        String snapshot = JsonColumns.JSON.writeValueAsString(new EvaluationSheetView(current.id(), current.fiscalYearId(), year,
                current.number(), current.departmentCode(), current.content(), EvaluationStage.PUBLISHED, current.first(),
                current.second(), current.externalComment(), current.finalDirection(), current.revision(), current.revisionReason(),
                current.carriedFromId(), current.illustrative(), current.laborUnitCosts(), current.version()));
        return step(municipalityCode, year, sheet, sheet.publish(snapshot), by, null);
    }

    @Transactional
    public EvaluationSheetView startRevision(String municipalityCode, int year, int number, long editedVersion, String by, String reason) {
        if (reason != null) {
            jp.hoshin.shared.InputText.checked("改訂の理由", reason, Assessment.MAX_TEXT);
        }
        EvaluationSheet sheet = load(municipalityCode, year, number, editedVersion);
        return step(municipalityCode, year, sheet, sheet.startRevision(reason), by, reason == null ? null : reason.strip());
    }

    // ---- publication ----

    /** The sheets citizens can read: published ones, or the published version of one under revision. */
    @Transactional(readOnly = true)
    public List<EvaluationSheetView> published(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        Map<Integer, Long> labor = laborUnitCosts(municipalityCode);
        return sheets.inYear(fy.id()).stream().flatMap(s -> publicView(s, year, labor).stream()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EvaluationSheetView> publishedSheet(String municipalityCode, int year, int number) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        return sheets.find(fy.id(), number).flatMap(s -> publicView(s, year, laborUnitCosts(municipalityCode)));
    }

    private static Optional<EvaluationSheetView> publicView(EvaluationSheet sheet, int year, Map<Integer, Long> labor) {
        if (sheet.stage() == EvaluationStage.PUBLISHED) {
            return Optional.of(sheet.view(year, labor));
        }
        String snapshot = sheet.publishedSnapshot();
        return snapshot == null ? Optional.empty() : Optional.of(JsonColumns.JSON.readValue(snapshot, EvaluationSheetView.class));
    }

    /** Counts of the published evaluations of a year, for the white paper and the public index. */
    public record Summary(int year, int total, Map<FutureDirection, Long> byDirection, List<DepartmentCount> byDepartment) {
    }

    /** One department's published evaluations by direction. */
    public record DepartmentCount(String departmentCode, String departmentName, int total, Map<FutureDirection, Long> byDirection) {
    }

    /** How many published evaluations of the year reached each 今後の方向性, overall and per department (in department order). */
    @Transactional(readOnly = true)
    public Summary summary(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        List<EvaluationSheetView> published = published(municipalityCode, year);
        Map<FutureDirection, Long> total = countByDirection(published);
        List<DepartmentCount> departments = new ArrayList<>();
        Map<String, List<EvaluationSheetView>> byDept = published.stream().collect(Collectors.groupingBy(EvaluationSheetView::departmentCode));
        for (DepartmentView d : organization.departments(fy)) {
            List<EvaluationSheetView> own = byDept.getOrDefault(d.code(), List.of());
            if (!own.isEmpty()) {
                departments.add(new DepartmentCount(d.code(), d.name(), own.size(), countByDirection(own)));
            }
        }
        return new Summary(year, published.size(), total, departments);
    }

    private static Map<FutureDirection, Long> countByDirection(List<EvaluationSheetView> list) {
        Map<FutureDirection, Long> counts = new EnumMap<>(FutureDirection.class);
        for (FutureDirection d : FutureDirection.values()) {
            counts.put(d, 0L);
        }
        list.forEach(s -> {
            if (s.finalDirection() != null) {
                counts.merge(s.finalDirection(), 1L, Long::sum);
            }
        });
        return counts;
    }

    /** The planning section's progress overview: sheets per stage, overall and per department. */
    public record Progress(Map<EvaluationStage, Long> byStage, Map<String, Map<EvaluationStage, Long>> byDepartment) {
    }

    @Transactional(readOnly = true)
    public Progress progress(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        Map<EvaluationStage, Long> total = new EnumMap<>(EvaluationStage.class);
        Map<String, Map<EvaluationStage, Long>> byDept = new LinkedHashMap<>();
        for (EvaluationStage s : EvaluationStage.values()) {
            total.put(s, 0L);
        }
        jdbc.sql("select department_code, stage, count(*) from evaluation_sheet where fiscal_year_id = ? group by department_code, stage")
                .param(fy.id())
                .query((rs, n) -> {
                    EvaluationStage stage = EvaluationStage.valueOf(rs.getString(2));
                    long count = rs.getLong(3);
                    total.merge(stage, count, Long::sum);
                    byDept.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(EvaluationStage.class)).merge(stage, count, Long::sum);
                    return null;
                }).list();
        return new Progress(total, byDept);
    }

    // ---- the budget list ----

    /** The filter of the budget list; null or blank means "any". */
    public record BudgetFilter(@Nullable String departmentCode, @Nullable String elementKey, @Nullable FutureDirection direction) {
        public static final BudgetFilter ALL = new BudgetFilter(null, null, null);
    }

    /**
     * One line of the budget list: the sheet's トータルコスト and 一般財源 of its year, its direction, and the change
     * from the sheet it was carried from (last year's トータルコスト and direction).
     */
    public record BudgetLine(long id, int number, String name, String departmentCode, @Nullable String elementKey,
                             EvaluationStage stage, @Nullable Long totalCost, @Nullable Long generalFund,
                             @Nullable FutureDirection direction, @Nullable Long previousTotalCost,
                             @Nullable FutureDirection previousDirection, boolean hasPrevious) {

        public @Nullable Long costChange() {
            return totalCost == null || previousTotalCost == null ? null : totalCost - previousTotalCost;
        }

        public boolean directionChanged() {
            return hasPrevious && previousDirection != null && direction != null && previousDirection != direction;
        }
    }

    /** The budget list of a year in one query (the sheet joined to the one it was carried from). */
    @Transactional(readOnly = true)
    public List<BudgetLine> budgetList(String municipalityCode, int year, BudgetFilter filter) {
        return budgetList(fiscalYears.get(municipalityCode, year), filter);
    }

    /** What the budget list page shows: the year, its departments and linkable plan elements (the filters) and the lines. */
    public record BudgetPage(FiscalYearView fiscalYear, List<DepartmentView> departments, List<PolicyPlans.LinkableElement> measures,
                             List<BudgetLine> lines) {
    }

    /**
     * The budget list page's data in one read-only transaction: the page is read under load, and a transaction per
     * lookup cost a commit round trip each.
     */
    @Transactional(readOnly = true)
    public BudgetPage budgetPage(String municipalityCode, int year, BudgetFilter filter) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        return new BudgetPage(fy, organization.departments(fy), policyPlans.linkable(municipalityCode), budgetList(fy, filter));
    }

    /** The budget list of a fiscal year the caller has already looked up. */
    @Transactional(readOnly = true)
    public List<BudgetLine> budgetList(FiscalYearView fy, BudgetFilter filter) {
        int year = fy.year().startYear();
        Map<Integer, Long> labor = laborUnitCosts(fy.municipalityCode());
        StringBuilder sql = new StringBuilder("""
                select s.id, s.number, s.name, s.department_code, s.policy_element_key, s.stage, s.costs, s.final_direction,
                       p.id, p.costs, p.final_direction, pf.start_year
                from evaluation_sheet s
                left join evaluation_sheet p on p.id = s.carried_from_id
                left join fiscal_year pf on pf.id = p.fiscal_year_id
                where s.fiscal_year_id = :fy""");
        Map<String, Object> params = new HashMap<>();
        params.put("fy", fy.id());
        if (filter.departmentCode() != null && !filter.departmentCode().isBlank()) {
            sql.append(" and s.department_code = :dept");
            params.put("dept", filter.departmentCode());
        }
        if (filter.elementKey() != null && !filter.elementKey().isBlank()) {
            sql.append(" and s.policy_element_key = :key");
            params.put("key", filter.elementKey());
        }
        if (filter.direction() != null) {
            sql.append(" and s.final_direction = :dir");
            params.put("dir", filter.direction().name());
        }
        sql.append(" order by s.number");
        // The costs are parsed here (about 2 µs a sheet); picking the year's entry out in SQL (json_array_elements in a
        // lateral join) cost PostgreSQL several milliseconds per list under load.
        JsonColumns.Costs costs = new JsonColumns.Costs();
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            List<YearCost> own = costs.convertToEntityAttribute(rs.getString(7));
            YearCost cost = own.stream().filter(c -> c.year() == year).findFirst().orElse(YearCost.empty(year));
            CostBreakdown b = CostBreakdown.of(cost, labor.get(year), null);
            Long previousTotal = null;
            boolean hasPrevious = rs.getObject(9) != null;
            if (hasPrevious) {
                int prevYear = rs.getInt(12);
                previousTotal = costs.convertToEntityAttribute(rs.getString(10)).stream().filter(c -> c.year() == prevYear).findFirst()
                        .map(c -> CostBreakdown.of(c, labor.get(prevYear), null).totalCost()).orElse(null);
            }
            String dir = rs.getString(8);
            String prevDir = rs.getString(11);
            return new BudgetLine(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    EvaluationStage.valueOf(rs.getString(6)), b.totalCost(), b.generalFund(),
                    dir == null ? null : FutureDirection.valueOf(dir), previousTotal,
                    prevDir == null ? null : FutureDirection.valueOf(prevDir), hasPrevious);
        }).list();
    }

    // ---- helpers ----

    private void checkLinks(String municipalityCode, int year, String departmentCode, SheetContent content) {
        new LinkCheck(municipalityCode, year).check(departmentCode, content);
    }

    /** Checks links against the plans' elements and the department plans of the year, reading each once. */
    private final class LinkCheck {
        private final String municipalityCode;
        private final int year;
        private @Nullable Set<String> elements;
        private final Map<String, Set<Long>> projects = new HashMap<>();

        LinkCheck(String municipalityCode, int year) {
            this.municipalityCode = municipalityCode;
            this.year = year;
        }

        void check(String departmentCode, SheetContent content) {
            Set<String> keys = new HashSet<>();
            if (content.policyElementKey() != null) {
                keys.add(content.policyElementKey());
            }
            keys.addAll(content.actionItemKeys());
            if (!keys.isEmpty()) {
                if (elements == null) {
                    elements = policyPlans.linkable(municipalityCode).stream().map(PolicyPlans.LinkableElement::key).collect(Collectors.toSet());
                }
                for (String key : keys) {
                    if (!elements.contains(key)) {
                        throw new BusinessRuleException("基本計画・アクションプランの要素「" + key + "」は登録されていません。");
                    }
                }
            }
            if (!content.planProjectIds().isEmpty()) {
                Set<Long> ids = projects.computeIfAbsent(departmentCode, d -> linkablePlanProjects(municipalityCode, year, d).stream()
                        .map(ProjectView::id).collect(Collectors.toSet()));
                for (Long id : content.planProjectIds()) {
                    if (!ids.contains(id)) {
                        throw new BusinessRuleException("関連付ける個別事業（ID " + id + "）は、この部の同じ年度の運営方針と目標にありません。");
                    }
                }
            }
        }
    }

    private EvaluationSheetView step(String municipalityCode, int year, EvaluationSheet sheet, EvaluationStage from, String by,
                                     @Nullable String comment) {
        steps.save(new EvaluationStep(sheet.id(), from, sheet.stage(), by, clock.instant(), comment));
        return flushed(municipalityCode, year, sheet);
    }

    private EvaluationSheetView flushed(String municipalityCode, int year, EvaluationSheet sheet) {
        sheets.flush();
        return sheet.view(year, laborUnitCosts(municipalityCode));
    }

    private EvaluationSheet load(String municipalityCode, int year, int number, long editedVersion) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        fy.requireOpen();
        EvaluationSheet sheet = sheets.find(fy.id(), number).orElseThrow(() -> notFound(year, number));
        ConcurrentEditException.check(editedVersion, sheet.version());
        return sheet;
    }

    private static NotFoundException notFound(int year, int number) {
        return new NotFoundException(FiscalYear.of(year).label() + "の評価シート No." + number + " はありません。");
    }
}
