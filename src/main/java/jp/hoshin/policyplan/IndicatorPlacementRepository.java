package jp.hoshin.policyplan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorPlacementRepository extends JpaRepository<IndicatorPlacement, Long> {

    List<IndicatorPlacement> findByElementIdInOrderByPosition(Collection<Long> elementIds);

    /**
     * The placements in the plan's elements, each with its indicator and the indicator's values (one query): each row
     * an indicator and one of its placements, in position order. Single-valued parameters, unlike a list of elements,
     * let Hibernate keep the query's translation.
     */
    @Query("""
            select i, p from Indicator i left join fetch i.values v
              join IndicatorPlacement p on p.indicatorId = i.id
              join PolicyElement e on e.id = p.elementId
            where e.plan.id = :planId
            order by p.position, p.id, v.fiscalYear, v.kind""")
    List<Object[]> findWithIndicatorsInPlan(long planId);

    /** {@link #findWithIndicatorsInPlan} for one element. */
    @Query("""
            select i, p from Indicator i left join fetch i.values v
              join IndicatorPlacement p on p.indicatorId = i.id
            where p.elementId = :elementId
            order by p.position, p.id, v.fiscalYear, v.kind""")
    List<Object[]> findWithIndicatorsInElement(long elementId);

    /**
     * Where the indicators of these keys are placed in these plans of the municipality: each row the placement, its
     * element, its indicator (without values) and its plan, in position order — one query however many plans. The keys
     * are two array parameters, not lists: a list parameter ({@code in :keys}) made Hibernate translate the query
     * afresh on every call (issue 19: a sixth of the measure page), an array is one value and keeps its translation.
     */
    @Query("""
            select p, e, i, pl from IndicatorPlacement p
              join PolicyElement e on e.id = p.elementId
              join e.plan pl
              join Indicator i on i.id = p.indicatorId
            where pl.municipalityId = :municipalityId and array_contains(:planKeys, pl.planKey)
              and i.municipalityId = :municipalityId and array_contains(:indicatorKeys, i.indicatorKey)
            order by p.position, p.id""")
    List<Object[]> findInPlans(long municipalityId, String[] planKeys, String[] indicatorKeys);
}
