package jp.hoshin.departmentplan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MidYearCheckpointRepository extends JpaRepository<MidYearCheckpoint, Long> {

    List<MidYearCheckpoint> findByFiscalYearIdOrderByNumber(long fiscalYearId);
}
