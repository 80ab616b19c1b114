package jp.hoshin.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.ReadMemo;
import jp.hoshin.shared.RoundTrips;
import jp.hoshin.shared.RoundTrips.Statement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation of a municipality's fiscal years: departments, sections and lineage as they are read, a department's
 * own description, and its history across years. Reshaping a year (新設・名称変更・統合・分割・廃止) is
 * {@link Reorganization}. Every change needs an open fiscal year and the version the user edited; each runs in one
 * transaction.
 */
@Service
public class Organization implements DepartmentDirectory {

    /** A fiscal year's departments in display order, for plain-SQL reads of a page. */
    private static final String SELECT_DEPARTMENTS = """
            select id, fiscal_year_id, code, name, display_order, head_name, head_name_kana, basic_policy,
                   work_description, mission_headline, mission, staff_count, budget_yen, version
            from department where fiscal_year_id = ?
            order by display_order, name""";

    private final DepartmentRepository departments;
    private final DepartmentLineageRepository lineage;
    private final FiscalYears fiscalYears;
    private final DepartmentStore store;
    private final JdbcClient jdbc;
    private final RoundTrips roundTrips;
    private final ReadMemo<Long, List<DepartmentView>> ofYear = new ReadMemo<>("departmentsOfYear");
    private final ReadMemo<Long, List<DescribedDepartment>> describedOfYear =
            new ReadMemo<>("describedDepartmentsOfYear");

    Organization(
            DepartmentRepository departments,
            DepartmentLineageRepository lineage,
            FiscalYears fiscalYears,
            DepartmentStore store,
            JdbcClient jdbc,
            RoundTrips roundTrips) {
        this.departments = departments;
        this.lineage = lineage;
        this.fiscalYears = fiscalYears;
        this.store = store;
        this.jdbc = jdbc;
        this.roundTrips = roundTrips;
    }

    @Transactional(readOnly = true)
    public List<DepartmentView> departments(String municipalityCode, int year) {
        return departments(fiscalYears.get(municipalityCode, year));
    }

    /**
     * The departments of a fiscal year the caller has already looked up (remembered for the rest of a page's read-only
     * transaction: a page and the services it calls ask for them more than once).
     */
    /**
     * The codes and names of a fiscal year's departments in display order, read as only those two columns (a list that
     * shows nothing else need not load the departments' profiles and sections).
     */
    @Transactional(readOnly = true)
    public List<DepartmentName> names(FiscalYearView fiscalYear) {
        return departments.findNamesByFiscalYear(fiscalYear.id());
    }

    @Transactional(readOnly = true)
    public List<DepartmentView> departments(FiscalYearView fiscalYear) {
        return ofYear.get(
                fiscalYear.id(),
                id -> ReadMemo.readOnly()
                        ? read(id)
                        : departments.findByFiscalYear(id).stream()
                                .map(Department::view)
                                .toList());
    }

    /**
     * The departments of a fiscal year in display order with what they say of themselves, without their sections (one
     * statement in a page's read-only transaction, remembered for the rest of it): the results page shows each
     * department's head, 基本方針 and 部の仕事, never its sections (issue 19).
     */
    @Transactional(readOnly = true)
    public List<DescribedDepartment> described(FiscalYearView fiscalYear) {
        return describedOfYear.get(
                fiscalYear.id(),
                id -> ReadMemo.readOnly()
                        ? jdbc.sql(SELECT_DEPARTMENTS).param(id).query(Organization::department).list().stream()
                                .map(DescribedDepartment::of)
                                .toList()
                        : departments(fiscalYear).stream()
                                .map(DescribedDepartment::of)
                                .toList());
    }

    /**
     * {@link #described}'s statement for another module's round trip ({@link RoundTrips.Carried}): its rows are
     * remembered for the page, so that {@code described(fiscalYear)} then reads nothing. The results page sends it with
     * its results (issue 19). Empty outside a page's read-only scope, or when the page has read them already.
     */
    public Optional<RoundTrips.Carried> describedCarried(FiscalYearView fiscalYear) {
        if (!ReadMemo.readOnly() || describedOfYear.peek(fiscalYear.id()) != null) {
            return Optional.empty();
        }
        return Optional.of(new RoundTrips.Carried(Statement.of(SELECT_DEPARTMENTS, fiscalYear.id()), results -> {
            List<DescribedDepartment> read = results.list(Organization::department).stream()
                    .map(DescribedDepartment::of)
                    .toList();
            return describedOfYear.get(fiscalYear.id(), id -> read);
        }));
    }

    /** A row of {@link #SELECT_DEPARTMENTS}, without its sections. */
    private static DepartmentView department(ResultSet rs, int row) throws SQLException {
        return new DepartmentView(
                rs.getLong("id"),
                rs.getLong("fiscal_year_id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getInt("display_order"),
                new DepartmentProfile(
                        rs.getString("head_name"),
                        rs.getString("head_name_kana"),
                        rs.getString("basic_policy"),
                        rs.getString("work_description"),
                        rs.getString("mission_headline"),
                        rs.getString("mission"),
                        rs.getObject("staff_count", Integer.class),
                        rs.getObject("budget_yen", Long.class)),
                List.of(),
                rs.getLong("version"));
    }

    /**
     * A page's departments, then their sections, in plain SQL, in the repository's order: most public pages list them,
     * and the entities with their section collections cost the department list an eighth of its CPU. Two statements:
     * joined in one, each section's row carried its department's texts (policy, work, mission) again (issue 19). They
     * are sent together, in one round trip ({@link RoundTrips}): pgbench measured the pair at 12,000 a second sent one
     * after the other (the sections then by the departments' ids) and 16,500 sent together.
     */
    private List<DepartmentView> read(long fiscalYearId) {
        Map<Long, List<SectionView>> sections = new HashMap<>();
        List<DepartmentView> departments = roundTrips.send(
                List.of(Statement.of(SELECT_DEPARTMENTS, fiscalYearId), Statement.of("""
                                select department_id, id, name, display_order from section
                                where department_id in (select id from department where fiscal_year_id = ?)
                                order by department_id, display_order, id""", fiscalYearId)), results -> {
                    List<DepartmentView> read = results.list(Organization::department);
                    results.each(rs -> {
                        sections.computeIfAbsent(rs.getLong("department_id"), key -> new ArrayList<>())
                                .add(new SectionView(
                                        rs.getLong("id"), rs.getString("name"), rs.getInt("display_order")));
                    });
                    return read;
                });
        return departments.stream()
                .map(d -> new DepartmentView(
                        d.id(),
                        d.fiscalYearId(),
                        d.code(),
                        d.name(),
                        d.displayOrder(),
                        d.profile(),
                        List.copyOf(sections.getOrDefault(d.id(), List.of())),
                        d.version()))
                .toList();
    }

    /**
     * The names of the departments of these fiscal years by code, year by year: what a page listing work of several
     * years says of its departments (one query however many years, without their sections or descriptions).
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, String>> departmentNames(Collection<Long> fiscalYearIds) {
        Map<Long, Map<String, String>> names = new HashMap<>();
        if (!fiscalYearIds.isEmpty()) {
            jdbc.sql("select fiscal_year_id, code, name from department where fiscal_year_id = any (?)")
                    .param(fiscalYearIds.toArray(Long[]::new))
                    .query(rs -> {
                        names.computeIfAbsent(rs.getLong("fiscal_year_id"), id -> new HashMap<>())
                                .put(rs.getString("code"), rs.getString("name"));
                    });
        }
        return names;
    }

    @Transactional(readOnly = true)
    public DepartmentView department(String municipalityCode, int year, String code) {
        return store.load(fiscalYears.get(municipalityCode, year), code).view();
    }

    /** Sets what a department says of itself (head, policy, work, mission, resources) and its sections. */
    @Transactional
    public DepartmentView describe(
            String municipalityCode,
            int year,
            String code,
            long editedVersion,
            DepartmentProfile profile,
            List<String> sectionNames) {
        FiscalYearView fy = store.openYear(municipalityCode, year);
        Department d = store.load(fy, code);
        ConcurrentEditException.check(editedVersion, d.version());
        d.describe(profile);
        d.replaceSections(DepartmentStore.cleanNames(sectionNames));
        departments.flush();
        return d.view();
    }

    /**
     * Writes a department's 使命・目標 and resources of the year from its plan (運営方針と目標), which shows and edits them
     * while the department keeps the one stored value. Only what differs is written (an unchanged plan form changes
     * nothing here). {@code editedVersion}: the department version the plan form was made from, checked when given
     * (a form older than a change on the organisation page is refused); {@code null} for whole-plan imports and the
     * API, which the plan's own version protects.
     */
    @Transactional
    public DepartmentView writeMissionAndResources(
            String municipalityCode,
            int year,
            String code,
            @Nullable Long editedVersion,
            @Nullable String missionHeadline,
            @Nullable String mission,
            @Nullable Integer staffCount,
            @Nullable Long budgetYen) {
        FiscalYearView fy = store.openYear(municipalityCode, year);
        Department d = store.load(fy, code);
        DepartmentProfile p = d.profile();
        if (Objects.equals(p.missionHeadline(), missionHeadline)
                && Objects.equals(p.mission(), mission)
                && Objects.equals(p.staffCount(), staffCount)
                && Objects.equals(p.budgetYen(), budgetYen)) {
            return d.view();
        }
        if (editedVersion != null) {
            ConcurrentEditException.check(editedVersion, d.version());
        }
        d.describeMissionAndResources(missionHeadline, mission, staffCount, budgetYen);
        departments.flush();
        return d.view();
    }

    @Transactional(readOnly = true)
    public DepartmentHistory history(String municipalityCode, int year, String code) {
        Department start = store.load(fiscalYears.get(municipalityCode, year), code);
        Map<Long, FiscalYear> years = fiscalYears.list(municipalityCode).stream()
                .collect(Collectors.toMap(FiscalYearView::id, FiscalYearView::year));
        Set<Long> seen = new HashSet<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(start.id()));
        List<DepartmentLineage> links = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < 500) {
            Long id = queue.pop();
            if (!seen.add(id)) {
                continue;
            }
            for (DepartmentLineage l : lineage.findBySuccessorIdIn(List.of(id))) {
                links.add(l);
                queue.add(l.predecessorId());
            }
            for (DepartmentLineage l : lineage.findByPredecessorIdIn(List.of(id))) {
                links.add(l);
                queue.add(l.successorId());
            }
        }
        Map<Long, Department> byId =
                departments.findByIdIn(seen).stream().collect(Collectors.toMap(Department::id, Function.identity()));
        Map<Long, List<DepartmentHistory.Link>> from = new HashMap<>();
        links.stream().distinct().forEach(l -> {
            Department p = byId.get(l.predecessorId());
            if (p != null
                    && from.computeIfAbsent(l.successorId(), k -> new ArrayList<>()).stream()
                            .noneMatch(
                                    x -> x.code().equals(p.code()) && x.year().equals(years.get(p.fiscalYearId())))) {
                from.get(l.successorId())
                        .add(new DepartmentHistory.Link(l.kind(), years.get(p.fiscalYearId()), p.code(), p.name()));
            }
        });
        List<DepartmentHistory.Entry> entries = byId.values().stream()
                .sorted(Comparator.comparing((Department d) -> years.get(d.fiscalYearId()))
                        .thenComparing(Department::displayOrder))
                .map(d -> new DepartmentHistory.Entry(
                        d.id(),
                        years.get(d.fiscalYearId()),
                        d.code(),
                        d.name(),
                        List.copyOf(from.getOrDefault(d.id(), List.of()))))
                .toList();
        return new DepartmentHistory(entries);
    }

    /** The organisation codes of a municipality with the name of their latest year. */
    @Override
    @Transactional(readOnly = true)
    public List<DepartmentChoice> departments(String municipalityCode) {
        List<Long> ids = fiscalYears.list(municipalityCode).stream()
                .map(FiscalYearView::id)
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // codes and names only (every year's departments as entities were a fifth of the CPU of writing a progress
        // text, which asks who may; issue 19), in plain SQL when only reading: Hibernate translated the in-list query
        // again on every call
        List<DepartmentName> names = ReadMemo.readOnly()
                ? jdbc.sql("select code, name from department where fiscal_year_id = any (?)"
                                + " order by fiscal_year_id desc, display_order")
                        .param(ids.toArray(Long[]::new))
                        .query((rs, n) -> new DepartmentName(rs.getString(1), rs.getString(2)))
                        .list()
                : departments.findNamesByFiscalYears(ids);
        Map<String, String> latest = new LinkedHashMap<>();
        for (DepartmentName d : names) {
            latest.putIfAbsent(d.code(), d.name());
        }
        return latest.entrySet().stream()
                .map(e -> new DepartmentChoice(e.getKey(), e.getValue()))
                .toList();
    }

    /** Copies the previous year's departments into a newly opened year, linked as 継続. */
    void carryOver(long previousFiscalYearId, long newFiscalYearId) {
        for (Department d : departments.findByFiscalYear(previousFiscalYearId)) {
            Department copy = departments.save(d.carryInto(newFiscalYearId));
            lineage.save(new DepartmentLineage(d.id(), copy.id(), LineageKind.CONTINUED));
        }
    }
}
