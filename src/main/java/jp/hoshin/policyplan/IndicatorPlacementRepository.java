package jp.hoshin.policyplan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorPlacementRepository extends JpaRepository<IndicatorPlacement, Long> {

    List<IndicatorPlacement> findByElementIdInOrderByPosition(Collection<Long> elementIds);

    List<IndicatorPlacement> findByElementIdInAndIndicatorIdInOrderByPosition(
            Collection<Long> elementIds, Collection<Long> indicatorIds);

    /** How many indicators each element has, counted by the database (the plan's tree shows the numbers). */
    @Query(
            "select p.elementId, count(p) from IndicatorPlacement p where p.elementId in :elementIds group by p.elementId")
    List<Object[]> countByElement(Collection<Long> elementIds);
}
