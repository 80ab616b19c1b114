package jp.hoshin.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    /**
     * The account of {@code username} as a principal needs it, one row per department (one row without a department
     * for an account with none): one statement and no entity, read on every signed-in request.
     */
    @Query("select new jp.hoshin.identity.PrincipalRow(s.id, s.username, s.displayName, s.role, s.municipalityCode,"
            + " s.passwordHash, s.enabled, s.lockedUntil, d) from StaffAccount s left join s.departmentCodes d"
            + " where s.username = ?1")
    List<PrincipalRow> principalRows(String username);

    boolean existsByUsername(String username);

    @Query("select s from StaffAccount s where s.municipalityCode = ?1 order by s.role, s.username")
    List<StaffAccount> findByMunicipality(String municipalityCode);

    /** User name and display name of every account, in one query (no departments). */
    @Query("select s.username, s.displayName from StaffAccount s")
    List<Object[]> names();

    @Query("select s from StaffAccount s order by s.municipalityCode nulls first, s.role, s.username")
    List<StaffAccount> findAllOrdered();

    @Query("select new jp.hoshin.identity.StaffContact(s.id, s.username, s.displayName, s.municipalityCode, s.email)"
            + " from StaffAccount s where s.enabled = true and s.username in ?1")
    List<StaffContact> findContactsByUsernames(Collection<String> usernames);

    @Query(
            "select new jp.hoshin.identity.StaffContact(s.id, s.username, s.displayName, s.municipalityCode, s.email)"
                    + " from StaffAccount s where s.enabled = true and s.municipalityCode = ?1 and s.role = ?2 order by s.username")
    List<StaffContact> findContactsByRole(String municipalityCode, Role role);

    @Query("select new jp.hoshin.identity.StaffContact(s.id, s.username, s.displayName, s.municipalityCode, s.email)"
            + " from StaffAccount s join s.departmentCodes d where s.enabled = true and s.municipalityCode = ?1"
            + " and s.role = jp.hoshin.identity.Role.DEPARTMENT_EDITOR and d = ?2 order by s.username")
    List<StaffContact> findEditorContacts(String municipalityCode, String departmentCode);

    @Query(
            "select count(s) > 0 from StaffAccount s where s.role = jp.hoshin.identity.Role.PLANNING_ADMIN and s.municipalityCode is null")
    boolean existsDeploymentAdministrator();
}
