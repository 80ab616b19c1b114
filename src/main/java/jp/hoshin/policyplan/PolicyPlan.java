package jp.hoshin.policyplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.policyplan.PolicyRows.ElementRow;
import jp.hoshin.policyplan.PolicyRows.PhaseRow;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyRows.RevisionRow;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A plan of a municipality (基本構想, 基本計画, 総合戦略 or 行財政改革アクションプラン) with its revisions,
 * phases and elements. Changes come as whole rows ({@link PlanRow}, {@link ElementRow} …); a row equal
 * to what is stored changes nothing, so re-importing unchanged data leaves no trace in the history.
 */
@Entity
@Audited
@Table(name = "policy_plan")
class PolicyPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long municipalityId;
    private String planKey;

    @Enumerated(EnumType.STRING)
    private PolicyPlanKind kind;

    private String name;
    private @Nullable String parentKey;
    private @Nullable Integer startYear;
    private @Nullable Integer endYear;
    private @Nullable Integer targetYear;
    private @Nullable Integer baselineYear;
    private @Nullable String baselineLabel;
    private @Nullable Integer onTrackPercent;
    private @Nullable String overview;
    private @Nullable String judgementBands;
    private int position;

    @Version
    private long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<PolicyPlanRevision> revisions = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startYear")
    private List<PolicyPlanPhase> phases = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PolicyElement> elements = new ArrayList<>();

    protected PolicyPlan() {}

    PolicyPlan(long municipalityId, PlanRow row, int position) {
        this.municipalityId = municipalityId;
        this.planKey = row.key();
        this.position = position;
        describe(row);
    }

    Long id() {
        return id;
    }

    String key() {
        return planKey;
    }

    long version() {
        return version;
    }

    long municipalityId() {
        return municipalityId;
    }

    PlanRow row() {
        return new PlanRow(
                planKey,
                kind,
                name,
                parentKey,
                startYear,
                endYear,
                targetYear,
                baselineYear,
                baselineLabel,
                onTrackPercent,
                overview,
                judgementBands == null ? null : JudgementBands.parse(judgementBands));
    }

    /** Sets what the plan is: name, kind, period, baseline and judgement rule, overview. */
    boolean describe(PlanRow row) {
        if (kind != null && row.equals(row())) {
            return false;
        }
        this.kind = row.kind();
        this.name = row.name();
        this.parentKey = row.parentKey();
        this.startYear = row.startYear();
        this.endYear = row.endYear();
        this.targetYear = row.targetYear();
        this.baselineYear = row.baselineYear();
        this.baselineLabel = row.baselineLabel();
        this.onTrackPercent = row.onTrackPercent();
        this.overview = row.overview();
        this.judgementBands =
                row.judgementBands() == null ? null : row.judgementBands().text();
        return true;
    }

    List<RevisionRow> revisions() {
        return revisions.stream().map(PolicyPlanRevision::row).toList();
    }

    List<PhaseRow> phases() {
        return phases.stream().map(PolicyPlanPhase::row).toList();
    }

    List<PolicyElement> elements() {
        return elements;
    }

    Optional<PolicyElement> element(String key) {
        return elements.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** Replaces the revisions (策定, 第1次改定 …) with these. */
    boolean reviseHistory(List<RevisionRow> rows) {
        if (rows.equals(revisions())) {
            return false;
        }
        revisions.clear();
        rows.forEach(r -> revisions.add(new PolicyPlanRevision(this, r)));
        return true;
    }

    /** Replaces the phases (前期・中期・後期) with these. */
    boolean dividePeriod(List<PhaseRow> rows) {
        if (rows.equals(phases())) {
            return false;
        }
        phases.clear();
        rows.forEach(r -> phases.add(new PolicyPlanPhase(this, r)));
        return true;
    }

    /**
     * Sets the plan's structure to these elements in this order. Elements that keep their key keep
     * their identity (progress texts, indicator placements, history); others are added or removed.
     */
    boolean restructure(List<ElementRow> rows) {
        Map<String, PolicyElement> byKey =
                elements.stream().collect(Collectors.toMap(PolicyElement::key, Function.identity()));
        Map<String, ElementRow> wanted = new LinkedHashMap<>();
        rows.forEach(r -> wanted.put(r.key(), r));
        boolean changed = elements.removeIf(e -> !wanted.containsKey(e.key()));
        int position = 1;
        List<PolicyElement> ordered = new ArrayList<>();
        for (ElementRow row : wanted.values()) {
            PolicyElement element = byKey.get(row.key());
            if (element == null) {
                element = new PolicyElement(this, row, position);
                changed = true;
            } else {
                changed |= element.redefine(row, position);
            }
            ordered.add(element);
            position++;
        }
        elements.clear();
        elements.addAll(ordered);
        return changed;
    }
}
