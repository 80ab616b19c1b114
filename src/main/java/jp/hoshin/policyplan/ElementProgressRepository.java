package jp.hoshin.policyplan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ElementProgressRepository extends JpaRepository<ElementProgress, Long> {

    List<ElementProgress> findByElementIdInOrderByFiscalYear(Collection<Long> elementIds);

    /** One element's texts (a single-valued parameter: Hibernate keeps the query's translation, unlike a list's). */
    List<ElementProgress> findByElementIdOrderByFiscalYear(long elementId);

    Optional<ElementProgress> findByElementIdAndFiscalYear(long elementId, int fiscalYear);
}
