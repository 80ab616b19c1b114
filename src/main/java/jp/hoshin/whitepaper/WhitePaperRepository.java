package jp.hoshin.whitepaper;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WhitePaperRepository extends JpaRepository<WhitePaper, Long> {

    java.util.List<WhitePaper> findByMunicipalityIdOrderByFiscalYearDesc(long municipalityId);

    Optional<WhitePaper> findByMunicipalityIdAndFiscalYear(long municipalityId, int fiscalYear);

    /** The paper, locked until the transaction ends: two publications of the same year run one after the other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select p from WhitePaper p where p.municipalityId = ?1 and p.fiscalYear = ?2")
    Optional<WhitePaper> lockByMunicipalityIdAndFiscalYear(long municipalityId, int fiscalYear);
}
