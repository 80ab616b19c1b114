package jp.hoshin.organization;

import java.util.List;

import jp.hoshin.fiscalyear.FiscalYear;

/**
 * 沿革 — a department followed across the years: every department connected to it through
 * continuations, renames, merges and splits, oldest year first.
 */
public record DepartmentHistory(List<Entry> entries) {

    /** One department of one year and where it came from. */
    public record Entry(long departmentId, FiscalYear year, String code, String name, List<Link> from) {}

    /** The earlier department this one continues, and how. */
    public record Link(LineageKind kind, FiscalYear year, String code, String name) {}
}
