package jp.hoshin.policyplan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorPlacementRepository extends JpaRepository<IndicatorPlacement, Long> {

    List<IndicatorPlacement> findByElementIdInOrderByPosition(Collection<Long> elementIds);
}
