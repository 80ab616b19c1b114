package jp.hoshin.committee;

import java.util.List;

import jp.hoshin.policyplan.ElementOwners;

/**
 * A measure (施策) of the municipality's basic plan as the committee pages name it: the policy element's id (kept
 * across years), its plan, title and 担当 as written, and the organisation codes of the departments that own it.
 */
public record MeasureRef(
        long id, String planKey, String planName, String key, String title, String owners, List<String> departments) {

    /** Whether the department owns the measure (全庁 is every department's). */
    public boolean ownedBy(String departmentCode) {
        return departments.contains(departmentCode) || departments.contains(ElementOwners.EVERY_DEPARTMENT);
    }
}
