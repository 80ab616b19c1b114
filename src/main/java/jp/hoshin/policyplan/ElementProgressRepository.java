package jp.hoshin.policyplan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ElementProgressRepository extends JpaRepository<ElementProgress, Long> {

    List<ElementProgress> findByElementIdInOrderByFiscalYear(Collection<Long> elementIds);

    Optional<ElementProgress> findByElementIdAndFiscalYear(long elementId, int fiscalYear);
}
