package jp.hoshin.policyplan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import jp.hoshin.policyplan.PolicyRows.PhaseRow;
import org.hibernate.envers.Audited;

/** 前期・中期・後期: a phase of a plan's period; the value of its last year is the phase-end value. */
@Entity
@Audited
@Table(name = "policy_plan_phase")
class PolicyPlanPhase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private PolicyPlan plan;

    private String name;
    private int startYear;
    private int endYear;

    protected PolicyPlanPhase() {}

    PolicyPlanPhase(PolicyPlan plan, PhaseRow row) {
        this.plan = plan;
        this.name = row.name();
        this.startYear = row.startYear();
        this.endYear = row.endYear();
    }

    PhaseRow row() {
        return new PhaseRow(plan.key(), name, startYear, endYear);
    }
}
