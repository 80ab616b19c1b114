package jp.hoshin.policyplan;

import jakarta.persistence.Column;
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

import jp.hoshin.policyplan.PolicyRows.ElementRow;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * An element of a plan's structure: 部, 施策, 主要事業, 基本目標, 基本的な考え方, 体系 or 個別課題. Its owners
 * are kept as written (企画部企画経営課); {@link PolicyPlans} reads the departments they name from the
 * current organisation, which decide who may write its progress text.
 */
@Entity
@Audited
@Table(name = "policy_element")
class PolicyElement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private PolicyPlan plan;

    private String elementKey;

    @Enumerated(EnumType.STRING)
    private ElementKind kind;

    private @Nullable String parentKey;
    private @Nullable String number;
    private String name;
    private @Nullable String owners;

    @Column(name = "main_project")
    private boolean main;

    private @Nullable String relatedKey;
    private @Nullable String overview;
    private int position;

    protected PolicyElement() {}

    PolicyElement(PolicyPlan plan, ElementRow row, int position) {
        this.plan = plan;
        this.elementKey = row.key();
        redefine(row, position);
    }

    Long id() {
        return id;
    }

    String key() {
        return elementKey;
    }

    PolicyPlan plan() {
        return plan;
    }

    ElementRow row() {
        return new ElementRow(
                plan.key(), elementKey, kind, parentKey, number, name, owners, main, relatedKey, overview);
    }

    boolean redefine(ElementRow row, int newPosition) {
        if (kind != null && row.equals(row()) && newPosition == position) {
            return false;
        }
        this.kind = row.kind();
        this.parentKey = row.parentKey();
        this.number = row.number();
        this.name = row.name();
        this.owners = row.owners();
        this.main = row.main();
        this.relatedKey = row.relatedKey();
        this.overview = row.overview();
        this.position = newPosition;
        return true;
    }
}
