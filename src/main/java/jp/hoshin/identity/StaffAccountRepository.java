package jp.hoshin.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select s from StaffAccount s where s.municipalityCode = ?1 order by s.role, s.username")
    List<StaffAccount> findByMunicipality(String municipalityCode);

    /** User name and display name of every account, in one query (no departments). */
    @Query("select s.username, s.displayName from StaffAccount s")
    List<Object[]> names();

    @Query("select s from StaffAccount s order by s.municipalityCode nulls first, s.role, s.username")
    List<StaffAccount> findAllOrdered();

    @Query(
            "select count(s) > 0 from StaffAccount s where s.role = jp.hoshin.identity.Role.PLANNING_ADMIN and s.municipalityCode is null")
    boolean existsDeploymentAdministrator();
}
