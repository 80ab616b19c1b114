package jp.hoshin.policyplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PolicyPlanRepository extends JpaRepository<PolicyPlan, Long> {

    List<PolicyPlan> findByMunicipalityIdOrderByPosition(long municipalityId);

    Optional<PolicyPlan> findByMunicipalityIdAndPlanKey(long municipalityId, String planKey);

    /** The plan with its elements (one query; the elements of other plans read before are not batch-loaded with it). */
    @Query(
            "select p from PolicyPlan p left join fetch p.elements where p.municipalityId = :municipalityId and p.planKey = :planKey")
    Optional<PolicyPlan> findWithElements(long municipalityId, String planKey);

    /** The plans with their revisions loaded (one query); {@link #fetchPhases} then loads their phases. */
    @Query(
            "select distinct p from PolicyPlan p left join fetch p.revisions where p.municipalityId = :municipalityId order by p.position")
    List<PolicyPlan> findWithRevisions(long municipalityId);

    @Query("select distinct p from PolicyPlan p left join fetch p.phases where p.municipalityId = :municipalityId")
    List<PolicyPlan> fetchPhases(long municipalityId);
}
