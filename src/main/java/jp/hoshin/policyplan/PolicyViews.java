package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jp.hoshin.policyplan.IndicatorJudgement.Judgement;
import jp.hoshin.policyplan.PolicyRows.ElementRow;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.PhaseRow;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyRows.ProgressRow;
import jp.hoshin.policyplan.PolicyRows.RevisionRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import org.jspecify.annotations.Nullable;

/** What pages and the API read of the plans. */
public final class PolicyViews {

    private PolicyViews() {}

    /** A plan with its revisions, phases and structure (elements in order, each with its children's keys). */
    public record PlanView(
            PlanRow plan, List<RevisionRow> revisions, List<PhaseRow> phases, List<ElementView> elements) {

        public List<ElementView> roots() {
            return elements.stream()
                    .filter(e -> e.element().parentKey() == null)
                    .toList();
        }

        public List<ElementView> childrenOf(String key) {
            return elements.stream()
                    .filter(e -> key.equals(e.element().parentKey()))
                    .toList();
        }

        public Optional<ElementView> element(String key) {
            return elements.stream().filter(e -> e.element().key().equals(key)).findFirst();
        }

        /** The fiscal year whose value closes a phase (前期 → 2014), with the phase name. */
        public Optional<PhaseRow> phaseEndingIn(int fiscalYear) {
            return phases.stream().filter(p -> p.endYear() == fiscalYear).findFirst();
        }
    }

    /** A plan as the list of a municipality's plans shows it: what it is, its revisions (策定・改定) and phases. */
    public record PlanOutline(PlanRow plan, List<RevisionRow> revisions, List<PhaseRow> phases) {}

    /** An element of a plan's structure. Who owns it: {@link PolicyPlans#owners}. */
    public record ElementView(ElementRow element) {}

    /**
     * Where an indicator is placed, without its values: the element, the role there and the target that applies
     * there (the placement's own, else the indicator's, else the plan's target year).
     */
    public record Placement(
            String elementKey,
            String elementTitle,
            IndicatorRow indicator,
            PlacementRole role,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue) {}

    /**
     * An indicator as placed in an element: its role, the target that applies there, its 実績 by year ({@code values},
     * some possibly partial-year with their date), its 見込 and 中間 ({@code provisional}), the judgement, and the
     * second judgement of a 見込 when there is one.
     */
    public record PlacedIndicator(
            IndicatorRow indicator,
            PlacementRole role,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue,
            List<ValueRow> values,
            Judgement judgement,
            List<ValueRow> provisional,
            @Nullable Judgement forecast) {

        public PlacedIndicator(
                IndicatorRow indicator,
                PlacementRole role,
                @Nullable Integer targetYear,
                @Nullable BigDecimal targetValue,
                List<ValueRow> values,
                Judgement judgement) {
            this(indicator, role, targetYear, targetValue, values, judgement, List.of(), null);
        }

        /** The 実績 of a fiscal year. */
        public Optional<ValueRow> value(int fiscalYear) {
            return values.stream().filter(v -> v.fiscalYear() == fiscalYear).findFirst();
        }

        /** The 見込 and 中間 of a fiscal year. */
        public List<ValueRow> provisional(int fiscalYear) {
            return provisional.stream()
                    .filter(v -> v.fiscalYear() == fiscalYear)
                    .toList();
        }

        /** The same indicator showing only the values (of every kind) from a fiscal year on. */
        public PlacedIndicator from(int fiscalYear) {
            return new PlacedIndicator(
                    indicator,
                    role,
                    targetYear,
                    targetValue,
                    values.stream().filter(v -> v.fiscalYear() >= fiscalYear).toList(),
                    judgement,
                    provisional.stream()
                            .filter(v -> v.fiscalYear() >= fiscalYear)
                            .toList(),
                    forecast);
        }
    }

    /** An element's page: the element in its plan, its children, indicators and progress texts by year. */
    public record ElementPage(
            PlanView plan,
            ElementView element,
            List<ElementView> path,
            List<ElementView> children,
            List<PlacedIndicator> indicators,
            List<ProgressRow> progress,
            List<Integer> columns) {}
}
