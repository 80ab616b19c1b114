package jp.hoshin.fiscalyear;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FiscalYearRepository extends JpaRepository<MunicipalFiscalYear, Long> {

    List<MunicipalFiscalYear> findByMunicipalityIdOrderByStartYearDesc(long municipalityId);

    List<MunicipalFiscalYear> findByStatus(FiscalYearStatus status);

    Optional<MunicipalFiscalYear> findByMunicipalityIdAndStartYear(long municipalityId, int startYear);

    Optional<MunicipalFiscalYear> findFirstByMunicipalityIdAndStartYearLessThanOrderByStartYearDesc(
            long municipalityId, int startYear);
}
