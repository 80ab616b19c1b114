package jp.hoshin.policyplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyPlanRepository extends JpaRepository<PolicyPlan, Long> {

    List<PolicyPlan> findByMunicipalityIdOrderByPosition(long municipalityId);

    Optional<PolicyPlan> findByMunicipalityIdAndPlanKey(long municipalityId, String planKey);
}
