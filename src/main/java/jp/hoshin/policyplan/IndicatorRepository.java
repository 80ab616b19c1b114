package jp.hoshin.policyplan;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    @EntityGraph(attributePaths = "values")
    List<Indicator> findByMunicipalityIdOrderById(long municipalityId);
}
