package jp.hoshin.schedule;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleRepository extends JpaRepository<Schedule, Long> {

    @EntityGraph(attributePaths = "deadlines")
    Optional<Schedule> findByMunicipalityCodeAndFiscalYear(String municipalityCode, int fiscalYear);

    boolean existsByMunicipalityCodeAndFiscalYear(String municipalityCode, int fiscalYear);
}
