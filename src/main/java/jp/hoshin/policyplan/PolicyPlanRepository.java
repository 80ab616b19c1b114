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

    /**
     * The plans with their revisions and phases (one query): each row a plan, one of its revisions and one of its
     * phases (either null when it has none), plans in order, revisions by sequence and phases by start.
     */
    @Query("""
            select p, r, ph from PolicyPlan p left join p.revisions r left join p.phases ph
            where p.municipalityId = :municipalityId
            order by p.position, p.id, r.seq, ph.startYear""")
    List<Object[]> findOutlines(long municipalityId);
}
