package jp.hoshin.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The whole organisation of one fiscal year as a document (the demo data and imports use it):
 * every department with its sections and profile, and where a department comes from when that is
 * not simply the department with the same code in the previous year.
 */
public record OrganizationSnapshot(List<DepartmentEntry> departments) {

    public record DepartmentEntry(
            String code,
            String name,
            List<String> sections,
            DepartmentProfile profile,
            @Nullable Origin origin) {}

    /** Where a department comes from: the codes of the previous year's departments, and how. */
    public record Origin(LineageKind kind, List<String> from) {}
}
