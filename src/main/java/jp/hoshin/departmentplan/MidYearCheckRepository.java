package jp.hoshin.departmentplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MidYearCheckRepository extends JpaRepository<MidYearCheck, Long> {

    List<MidYearCheck> findByFiscalYearId(long fiscalYearId);

    Optional<MidYearCheck> findByFiscalYearIdAndCheckpointNumberAndDepartmentCode(
            long fiscalYearId, int checkpointNumber, String departmentCode);

    /** The check, locked until the transaction ends (two acts on one check run one after the other). */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select c from MidYearCheck c where c.fiscalYearId = ?1 and c.checkpointNumber = ?2 and c.departmentCode = ?3")
    Optional<MidYearCheck> lock(long fiscalYearId, int checkpointNumber, String departmentCode);
}
