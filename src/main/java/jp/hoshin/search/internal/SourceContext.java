package jp.hoshin.search.internal;

import java.util.List;
import java.util.Map;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.organization.DepartmentView;

/**
 * What every source of a municipality needs, read once per indexing: its code, its fiscal years, its departments of
 * each year and the names the departments have (the latest name of a department, or the name it had in a year).
 */
record SourceContext(
        String code,
        List<FiscalYearView> years,
        Map<Integer, List<DepartmentView>> departments,
        Map<String, String> latestNames) {

    SourceContext {
        years = List.copyOf(years);
        departments = Map.copyOf(departments);
        latestNames = Map.copyOf(latestNames);
    }

    /** The department's name in the year (its latest name if it had none then; its code if it has none at all). */
    String departmentName(int year, String departmentCode) {
        for (DepartmentView d : departments.getOrDefault(year, List.of())) {
            if (d.code().equals(departmentCode)) {
                return d.name();
            }
        }
        return latestNames.getOrDefault(departmentCode, departmentCode);
    }

    /** The department's latest name, if it has one. */
    @org.jspecify.annotations.Nullable
    String latestName(@org.jspecify.annotations.Nullable String departmentCode) {
        return departmentCode == null ? null : latestNames.get(departmentCode);
    }
}
