package jp.hoshin.whitepaper;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WhitePaperRepository extends JpaRepository<WhitePaper, Long> {

    List<WhitePaper> findByMunicipalityIdOrderByFiscalYearDesc(long municipalityId);

    Optional<WhitePaper> findByMunicipalityIdAndFiscalYear(long municipalityId, int fiscalYear);

    /** The paper, locked until the transaction ends: two publications of the same year run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from WhitePaper p where p.municipalityId = ?1 and p.fiscalYear = ?2")
    Optional<WhitePaper> lockByMunicipalityIdAndFiscalYear(long municipalityId, int fiscalYear);
}
