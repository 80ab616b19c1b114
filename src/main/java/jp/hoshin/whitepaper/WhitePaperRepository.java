package jp.hoshin.whitepaper;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WhitePaperRepository extends JpaRepository<WhitePaper, Long> {

    java.util.List<WhitePaper> findByMunicipalityIdOrderByFiscalYearDesc(long municipalityId);

    Optional<WhitePaper> findByMunicipalityIdAndFiscalYear(long municipalityId, int fiscalYear);
}
