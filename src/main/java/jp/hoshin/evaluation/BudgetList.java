package jp.hoshin.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.DepartmentName;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.PolicyPlans;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * 予算編成に使う評価一覧 — the budget list as a read model: each sheet of a year with its トータルコスト, 一般財源 and
 * 今後の方向性 beside last year's, in one SQL query.
 */
@Service
public class BudgetList {

    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final PolicyPlans policyPlans;
    private final JdbcClient jdbc;

    BudgetList(FiscalYears fiscalYears, Organization organization, PolicyPlans policyPlans, JdbcClient jdbc) {
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
            List<DepartmentName> departments,
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
     * lookup cost a commit round trip each. The departments are read as codes and names only, and the directions come
     * with the lines in their one query.
     */
    @Transactional(readOnly = true)
    public Page page(String municipalityCode, int year, Filter filter) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        List<String> directions = new ArrayList<>(1);
        List<Line> lines = read(fy, filter, directions);
        return new Page(
                fy,
                organization.names(fy),
                policyPlans.linkable(municipalityCode),
                directions.isEmpty() ? SheetLayout.DEFAULT.directions() : List.copyOf(directions),
                lines);
    }

    /** The budget list of a fiscal year the caller has already looked up. */
    @Transactional(readOnly = true)
    public List<Line> lines(FiscalYearView fy, Filter filter) {
        return read(fy, filter, new ArrayList<>(1));
    }

    /**
     * The lines in one statement, with what else the list needs of the municipality: the 人件費単価 of the sheet's year
     * and of each previous sheet's year (joined, not read as a map of every year), and the municipality's list of
     * directions, added to {@code directions} (left empty when it has not set one). A single row of nulls is read for a
     * year, or a filter, without sheets.
     */
    private List<Line> read(FiscalYearView fy, Filter filter, List<String> directions) {
        int year = fy.year().startYear();
        StringBuilder sql = new StringBuilder("""
                select es.directions, l.yen_per_person_year,
                       s.id, s.number, s.name, s.department_code, s.policy_element_key, s.stage, s.costs, s.final_direction,
                       p.id, p.costs, p.final_direction, pf.start_year, pl.yen_per_person_year
                from (select 1) one
                left join evaluation_setting es on es.municipality_code = :m
                left join evaluation_labor_cost l on l.municipality_code = :m and l.fiscal_year = :year
                left join (evaluation_sheet s
                    left join evaluation_sheet p on p.id = s.carried_from_id
                    left join fiscal_year pf on pf.id = p.fiscal_year_id
                    left join evaluation_labor_cost pl on pl.municipality_code = :m and pl.fiscal_year = pf.start_year)
                  on s.fiscal_year_id = :fy""");
        Map<String, Object> params = new HashMap<>();
        params.put("m", fy.municipalityCode());
        params.put("year", year);
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
        List<Line> lines = new ArrayList<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            if (directions.isEmpty() && rs.getString(1) != null) {
                directions.addAll(directionsOf(rs.getString(1)));
            }
            if (rs.getObject(3) == null) {
                return;
            }
            Long labor = nullableLong(rs, 2);
            List<YearCost> own = costs.convertToEntityAttribute(rs.getString(9));
            YearCost cost =
                    own.stream().filter(c -> c.year() == year).findFirst().orElse(YearCost.empty(year));
            CostBreakdown b = CostBreakdown.of(cost, labor, null);
            Long previousTotal = null;
            boolean hasPrevious = rs.getObject(11) != null;
            if (hasPrevious) {
                int prevYear = rs.getInt(14);
                Long prevLabor = nullableLong(rs, 15);
                previousTotal = costs.convertToEntityAttribute(rs.getString(12)).stream()
                        .filter(c -> c.year() == prevYear)
                        .findFirst()
                        .map(c -> CostBreakdown.of(c, prevLabor, null).totalCost())
                        .orElse(null);
            }
            lines.add(new Line(
                    rs.getLong(3),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    EvaluationStage.valueOf(rs.getString(8)),
                    b.totalCost(),
                    b.generalFund(),
                    FutureDirection.stored(rs.getString(10)),
                    previousTotal,
                    FutureDirection.stored(rs.getString(13)),
                    hasPrevious));
        });
        return lines;
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> directionsOf(String column) {
        return JsonColumns.JSON.readValue(column, new TypeReference<List<String>>() {});
    }
}
