package jp.hoshin.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.PolicyPlans;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 予算編成に使う評価一覧 — the budget list as a read model: each sheet of a year with its トータルコスト, 一般財源 and
 * 今後の方向性 beside last year's, in one SQL query.
 */
@Service
public class BudgetList {

    private final SheetStore store;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final PolicyPlans policyPlans;
    private final JdbcClient jdbc;

    BudgetList(
            SheetStore store,
            FiscalYears fiscalYears,
            Organization organization,
            PolicyPlans policyPlans,
            JdbcClient jdbc) {
        this.store = store;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.policyPlans = policyPlans;
        this.jdbc = jdbc;
    }

    /** The filter of the budget list; null or blank means "any". */
    public record Filter(
            @Nullable String departmentCode,
            @Nullable String elementKey,
            @Nullable String direction) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    /**
     * One line of the budget list: the sheet's トータルコスト and 一般財源 of its year, its direction, and the change
     * from the sheet it was carried from (last year's トータルコスト and direction).
     */
    public record Line(
            long id,
            int number,
            String name,
            String departmentCode,
            @Nullable String elementKey,
            EvaluationStage stage,
            @Nullable Long totalCost,
            @Nullable Long generalFund,
            @Nullable String direction,
            @Nullable Long previousTotalCost,
            @Nullable String previousDirection,
            boolean hasPrevious) {

        public @Nullable Long costChange() {
            return totalCost == null || previousTotalCost == null ? null : totalCost - previousTotalCost;
        }

        public boolean directionChanged() {
            return hasPrevious
                    && previousDirection != null
                    && direction != null
                    && !previousDirection.equals(direction);
        }
    }

    /**
     * What the budget list page shows: the year, its departments, linkable plan elements and directions (the filters:
     * the municipality's list of 今後の方向性) and the lines.
     */
    public record Page(
            FiscalYearView fiscalYear,
            List<DepartmentView> departments,
            List<PolicyPlans.LinkableElement> measures,
            List<String> directions,
            List<Line> lines) {}

    /** The budget list of a year in one query (the sheet joined to the one it was carried from). */
    @Transactional(readOnly = true)
    public List<Line> lines(String municipalityCode, int year, Filter filter) {
        return lines(fiscalYears.get(municipalityCode, year), filter);
    }

    /**
     * The budget list page's data in one read-only transaction: the page is read under load, and a transaction per
     * lookup cost a commit round trip each.
     */
    @Transactional(readOnly = true)
    public Page page(String municipalityCode, int year, Filter filter) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        return new Page(
                fy,
                organization.departments(fy),
                policyPlans.linkable(municipalityCode),
                store.layout(municipalityCode).directions(),
                lines(fy, filter));
    }

    /** The budget list of a fiscal year the caller has already looked up. */
    @Transactional(readOnly = true)
    public List<Line> lines(FiscalYearView fy, Filter filter) {
        int year = fy.year().startYear();
        Map<Integer, Long> labor = store.laborUnitCosts(fy.municipalityCode());
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
            params.put("dir", filter.direction());
        }
        sql.append(" order by s.number");
        // The costs are parsed here (about 2 µs a sheet); picking the year's entry out in SQL (json_array_elements in a
        // lateral join) cost PostgreSQL several milliseconds per list under load.
        JsonColumns.Costs costs = new JsonColumns.Costs();
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    List<YearCost> own = costs.convertToEntityAttribute(rs.getString(7));
                    YearCost cost = own.stream()
                            .filter(c -> c.year() == year)
                            .findFirst()
                            .orElse(YearCost.empty(year));
                    CostBreakdown b = CostBreakdown.of(cost, labor.get(year), null);
                    Long previousTotal = null;
                    boolean hasPrevious = rs.getObject(9) != null;
                    if (hasPrevious) {
                        int prevYear = rs.getInt(12);
                        previousTotal = costs.convertToEntityAttribute(rs.getString(10)).stream()
                                .filter(c -> c.year() == prevYear)
                                .findFirst()
                                .map(c -> CostBreakdown.of(c, labor.get(prevYear), null)
                                        .totalCost())
                                .orElse(null);
                    }
                    String dir = rs.getString(8);
                    String prevDir = rs.getString(11);
                    return new Line(
                            rs.getLong(1),
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            EvaluationStage.valueOf(rs.getString(6)),
                            b.totalCost(),
                            b.generalFund(),
                            FutureDirection.stored(dir),
                            previousTotal,
                            FutureDirection.stored(prevDir),
                            hasPrevious);
                })
                .list();
    }
}
