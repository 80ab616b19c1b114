package jp.hoshin.policyplan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import jp.hoshin.policyplan.PolicyRows.RevisionRow;
import jp.hoshin.shared.JapaneseDates;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** 策定 or 第n次改定 of a plan: when it was adopted and its target year. */
@Entity
@Audited
@Table(name = "policy_plan_revision")
class PolicyPlanRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private PolicyPlan plan;

    private int seq;
    private String name;
    private @Nullable LocalDate adoptedOn;

    @Enumerated(EnumType.STRING)
    private JapaneseDates.@Nullable Precision adoptedPrecision;

    private @Nullable Integer targetYear;
    private @Nullable String note;

    protected PolicyPlanRevision() {}

    PolicyPlanRevision(PolicyPlan plan, RevisionRow row) {
        this.plan = plan;
        this.seq = row.seq();
        this.name = row.name();
        this.adoptedOn = row.adoptedOn();
        this.adoptedPrecision = row.adoptedPrecision();
        this.targetYear = row.targetYear();
        this.note = row.note();
    }

    RevisionRow row() {
        return new RevisionRow(plan.key(), seq, name, adoptedOn, adoptedPrecision, targetYear, note);
    }
}
