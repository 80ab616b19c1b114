package jp.hoshin.site;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.ProgressScale;
import jp.hoshin.departmentplan.ProgressScales;
import jp.hoshin.departmentplan.PublishedPlans;
import jp.hoshin.departmentplan.ResultCounts;
import jp.hoshin.departmentplan.ScaleKind;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.DepartmentHistory;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.LineageKind;
import jp.hoshin.organization.Organization;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度比較 — a department's plans and results of two fiscal years side by side. The department is named as it is in
 * one year; in the other year it is what the lineage (沿革) leads to: its predecessors in an earlier year (through
 * continuations, renames, merges and splits), its successors in a later one. A department merged from two is compared
 * with both; one that did not exist yet in the other year is compared with nothing, and the page says so.
 */
@Service
public class DepartmentComparison {

    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final PublishedPlans plans;
    private final ProgressScales scales;

    DepartmentComparison(
            FiscalYears fiscalYears, Organization organization, PublishedPlans plans, ProgressScales scales) {
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.plans = plans;
        this.scales = scales;
    }

    /** The two years, earlier first; the department's own year is marked. */
    public record Comparison(DepartmentView department, int year, Side earlier, Side later) {

        public List<Side> sides() {
            return List.of(earlier, later);
        }
    }

    /** One year of the comparison: the departments the lineage leads to in it, each with what citizens can read. */
    public record Side(FiscalYearView fiscalYear, List<DepartmentYear> departments) {

        public int startYear() {
            return fiscalYear.year().startYear();
        }
    }

    /**
     * A department in one year: its name, how it relates to the compared one (null for itself or a plain
     * continuation), its published plan (null when none is public) and, once published, its results' counts.
     */
    public record DepartmentYear(
            DepartmentView department,
            @Nullable LineageKind relation,
            @Nullable DepartmentPlanView plan,
            @Nullable ResultCounts results) {

        public boolean resultsPublished() {
            return results != null;
        }
    }

    /** The years a department of a year can be compared with: every other year of the municipality, newest first. */
    @Transactional(readOnly = true)
    public List<FiscalYearView> otherYears(String municipalityCode, int year) {
        return fiscalYears.list(municipalityCode).stream()
                .filter(fy -> fy.year().startYear() != year)
                .toList();
    }

    /** Compares the department of {@code year} with what it was or became in {@code otherYear}. */
    @Transactional(readOnly = true)
    public Comparison compare(String municipalityCode, int year, String departmentCode, int otherYear) {
        DepartmentView department = organization.department(municipalityCode, year, departmentCode);
        FiscalYearView own = fiscalYears.get(municipalityCode, year);
        FiscalYearView other = fiscalYears.get(municipalityCode, otherYear);
        DepartmentHistory history = organization.history(municipalityCode, year, departmentCode);
        Map<String, LineageKind> related = related(history, FiscalYear.of(year), departmentCode, other.year());
        ProgressScale scale = scales.scale(municipalityCode, ScaleKind.RESULT);
        Side ownSide = new Side(own, List.of(departmentYear(municipalityCode, own, department, null, scale)));
        List<DepartmentYear> others = new ArrayList<>();
        Map<String, DepartmentView> ofOtherYear = new HashMap<>();
        organization.departments(other).forEach(d -> ofOtherYear.put(d.code(), d));
        for (var e : related.entrySet()) {
            DepartmentView d = ofOtherYear.get(e.getKey());
            if (d != null) {
                LineageKind kind = e.getValue() == LineageKind.CONTINUED ? null : e.getValue();
                others.add(departmentYear(municipalityCode, other, d, kind, scale));
            }
        }
        others.sort(java.util.Comparator.comparingInt(y -> y.department().displayOrder()));
        Side otherSide = new Side(other, others);
        return otherYear < year
                ? new Comparison(department, year, otherSide, ownSide)
                : new Comparison(department, year, ownSide, otherSide);
    }

    private DepartmentYear departmentYear(
            String municipalityCode,
            FiscalYearView fy,
            DepartmentView d,
            @Nullable LineageKind relation,
            ProgressScale scale) {
        DepartmentPlanView plan = plans.publicVersion(
                        new PlanReference(municipalityCode, fy.year().startYear(), d.code()))
                .orElse(null);
        ResultCounts results =
                plan != null && plan.resultStatus() == PlanStatus.PUBLISHED ? plan.resultCounts(scale) : null;
        return new DepartmentYear(d, relation, plan, results);
    }

    /**
     * The departments of {@code target} year that the lineage leads to from the department {@code code} of
     * {@code start}, by code, each with the strongest change met on the way (a rename, merge or split rather than a
     * plain continuation): backwards through predecessors for an earlier year, forwards through successors for a
     * later one.
     */
    static Map<String, LineageKind> related(
            DepartmentHistory history, FiscalYear start, String code, FiscalYear target) {
        boolean backwards = target.compareTo(start) < 0;
        Map<String, List<Step>> next = new HashMap<>();
        for (DepartmentHistory.Entry e : history.entries()) {
            for (DepartmentHistory.Link l : e.from()) {
                String successor = key(e.year(), e.code());
                String predecessor = key(l.year(), l.code());
                if (backwards) {
                    next.computeIfAbsent(successor, k -> new ArrayList<>()).add(new Step(l.year(), l.code(), l.kind()));
                } else {
                    next.computeIfAbsent(predecessor, k -> new ArrayList<>())
                            .add(new Step(e.year(), e.code(), l.kind()));
                }
            }
        }
        Map<String, LineageKind> found = new java.util.LinkedHashMap<>();
        Deque<Step> queue = new ArrayDeque<>(List.of(new Step(start, code, LineageKind.CONTINUED)));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Step s = queue.pop();
            if (!seen.add(key(s.year(), s.code()))) {
                continue;
            }
            if (s.year().equals(target)) {
                found.merge(s.code(), s.kind(), DepartmentComparison::stronger);
                continue;
            }
            for (Step n : next.getOrDefault(key(s.year(), s.code()), List.of())) {
                boolean beyond =
                        backwards ? n.year().compareTo(target) < 0 : n.year().compareTo(target) > 0;
                if (!beyond) {
                    queue.add(new Step(n.year(), n.code(), stronger(s.kind(), n.kind())));
                }
            }
        }
        return found;
    }

    private record Step(FiscalYear year, String code, LineageKind kind) {}

    private static LineageKind stronger(LineageKind a, LineageKind b) {
        return a == LineageKind.CONTINUED ? b : a;
    }

    private static String key(FiscalYear year, String code) {
        return year.startYear() + "/" + code;
    }
}
