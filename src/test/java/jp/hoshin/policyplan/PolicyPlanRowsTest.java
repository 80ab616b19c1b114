package jp.hoshin.policyplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import jp.hoshin.policyplan.PolicyPlanRows.LoadedElement;
import jp.hoshin.policyplan.PolicyPlanRows.LoadedPlan;
import jp.hoshin.policyplan.PolicyPlanRows.PlacedRow;
import jp.hoshin.policyplan.PolicyPlanRows.PlacementIn;
import jp.hoshin.policyplan.PolicyPlanRows.ProgressOf;
import jp.hoshin.policyplan.PolicyViews.PlanOutline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain-SQL reading of the plans ({@link PolicyPlanRows}) gives what the entities hold, for every municipality with
 * plans in the database: the demo data, what other tests left, and another city's shapes imported here (a plan's own
 * 判定区分, states as values, 見込 and 中間, 参照時点, values with the precision they were entered with).
 */
@SpringBootTest
@Transactional
class PolicyPlanRowsTest {

    @Autowired
    PolicyPlanRows rows;

    @Autowired
    PolicyPlanRepository plans;

    @Autowired
    IndicatorPlacementRepository placements;

    @Autowired
    IndicatorRepository indicators;

    @Autowired
    ElementProgressRepository progress;

    @Autowired
    PolicyDataImport importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Test
    void theRowsAreWhatTheEntitiesHold() {
        importer.apply("132047", PolicyDataShapesTest.otherCity(PolicyDataShapesTest.VALUES));
        entityManager.flush();
        entityManager.clear();
        List<Long> municipalities = jdbc.sql("select distinct municipality_id from policy_plan order by 1")
                .query(Long.class)
                .list();
        assertThat(municipalities).isNotEmpty();
        int compared = 0;
        for (long municipality : municipalities) {
            List<PolicyPlan> entities = plans.findByMunicipalityIdOrderByPosition(municipality);
            assertThat(rows.outlines(municipality))
                    .isEqualTo(entities.stream()
                            .map(p -> new PlanOutline(p.row(), p.revisions(), p.phases()))
                            .toList());
            List<Placed> all = new ArrayList<>();
            for (PolicyPlan plan : entities) {
                assertThat(rows.plan(municipality, plan.key()))
                        .contains(new LoadedPlan(
                                plan.id(),
                                plan.row(),
                                plan.elements().stream()
                                        .map(e -> new LoadedElement(e.id(), e.row()))
                                        .toList()));
                List<Long> ids = plan.elements().stream().map(PolicyElement::id).toList();
                List<Placed> placed = placements.findByElementIdInOrderByPosition(ids).stream()
                        .map(p -> new Placed(
                                p,
                                plan,
                                plan.elements().stream()
                                        .filter(e -> e.id().equals(p.elementId()))
                                        .findFirst()
                                        .orElseThrow(),
                                indicators.findById(p.indicatorId()).orElseThrow()))
                        .sorted(Comparator.comparingInt(
                                        (Placed p) -> p.placement().position())
                                .thenComparing(p -> p.placement().id()))
                        .toList();
                all.addAll(placed);
                assertThat(rows.placedInPlan(plan.id()))
                        .isEqualTo(placed.stream().map(Placed::row).toList());
                // a plan's page: the plan, the outlines and the placements in one round trip
                assertThat(rows.plan(municipality, plan.key(), true, true))
                        .isEqualTo(new PolicyPlanRows.PlanReading(
                                rows.plan(municipality, plan.key()),
                                rows.outlines(municipality),
                                placed.stream().map(Placed::row).toList()));
                assertThat(rows.plan(municipality, plan.key(), false, true))
                        .isEqualTo(new PolicyPlanRows.PlanReading(
                                rows.plan(municipality, plan.key()),
                                null,
                                placed.stream().map(Placed::row).toList()));
                for (long element : ids) {
                    List<PlacedRow> inElement = placed.stream()
                            .filter(p -> p.placement().elementId() == element)
                            .map(Placed::row)
                            .toList();
                    assertThat(rows.placedInElement(element)).isEqualTo(inElement);
                    // an element's page: its placements and progress texts in one round trip
                    assertThat(rows.element(element))
                            .isEqualTo(new PolicyPlanRows.ElementRows(
                                    inElement,
                                    progress.findByElementIdInOrderByFiscalYear(List.of(element)).stream()
                                            .map(p -> new ProgressOf(p.elementId(), p.fiscalYear(), p.body()))
                                            .toList()));
                }
                assertThat(rows.progress(ids))
                        .containsExactlyInAnyOrderElementsOf(progress.findByElementIdInOrderByFiscalYear(ids).stream()
                                .map(p -> new ProgressOf(p.elementId(), p.fiscalYear(), p.body()))
                                .toList());
                compared += placed.size();
            }
            // every placement of every plan, asked for by all the plans' and indicators' keys
            Set<String> planKeys = entities.stream().map(PolicyPlan::key).collect(Collectors.toSet());
            Set<String> indicatorKeys =
                    all.stream().map(p -> p.indicator().key()).collect(Collectors.toSet());
            assertThat(rows.placementsIn(
                            municipality, planKeys.toArray(String[]::new), indicatorKeys.toArray(String[]::new)))
                    .isEqualTo(all.stream()
                            .sorted(Comparator.comparingInt(
                                            (Placed p) -> p.placement().position())
                                    .thenComparing(p -> p.placement().id()))
                            .map(Placed::in)
                            .toList());
        }
        assertThat(compared).as("placements compared").isGreaterThan(10);
    }

    /** A placement as the entities give it. */
    private record Placed(IndicatorPlacement placement, PolicyPlan plan, PolicyElement element, Indicator indicator) {

        PlacedRow row() {
            return new PlacedRow(
                    placement.elementId(),
                    placement.role(),
                    placement.position(),
                    placement.targetYear(),
                    placement.targetValue(),
                    indicator.row(),
                    indicator.values());
        }

        PlacementIn in() {
            return new PlacementIn(
                    plan.key(),
                    plan.row(),
                    element.row(),
                    indicator.row(),
                    placement.role(),
                    placement.targetYear(),
                    placement.targetValue());
        }
    }
}
