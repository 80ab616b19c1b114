package jp.hoshin.departmentplan;

/**
 * What replacing a draft as a whole did: whether the plan was started by it, whether parts 1–3
 * changed, and how many projects were added, revised and removed. Nothing changed means nothing
 * was written (no new version, no audit revision).
 */
public record DraftReplacement(
        DepartmentPlanView plan, boolean started, boolean contentChanged, int added, int revised, int removed) {

    public boolean changed() {
        return started || contentChanged || added > 0 || revised > 0 || removed > 0;
    }
}
