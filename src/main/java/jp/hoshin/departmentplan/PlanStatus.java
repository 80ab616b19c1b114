package jp.hoshin.departmentplan;

import jp.hoshin.shared.Messages;

/** Where a department plan stands in the yearly workflow. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    IN_CONSULTATION,
    FINALIZED,
    PUBLISHED;

    public String label() {
        return switch (this) {
            case DRAFT -> Messages.get("departmentplan.status.draft");
            case SUBMITTED -> Messages.get("departmentplan.status.submitted");
            case IN_CONSULTATION -> Messages.get("departmentplan.status.inConsultation");
            case FINALIZED -> Messages.get("departmentplan.status.finalized");
            case PUBLISHED -> Messages.get("departmentplan.status.published");
        };
    }
}
