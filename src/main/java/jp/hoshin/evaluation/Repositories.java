package jp.hoshin.evaluation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SheetRepository extends JpaRepository<EvaluationSheet, Long> {

    @Query("select s from EvaluationSheet s where s.fiscalYearId = ?1 order by s.number")
    List<EvaluationSheet> inYear(long fiscalYearId);

    @Query("select s from EvaluationSheet s where s.fiscalYearId = ?1 and s.number = ?2")
    Optional<EvaluationSheet> find(long fiscalYearId, int number);

    @Query("select coalesce(max(s.number), 0) from EvaluationSheet s where s.fiscalYearId = ?1")
    int maxNumber(long fiscalYearId);

    /**
     * Holds the year's numbering until the transaction ends (a PostgreSQL advisory lock, so on every instance):
     * sheets created at the same time get numbers one after the other instead of the same max + 1.
     */
    @Query(value = "select 1 from pg_advisory_xact_lock(1163280691, cast(?1 as integer))", nativeQuery = true)
    int lockNumbering(long fiscalYearId);

    @Query("select s.carriedFromId from EvaluationSheet s where s.fiscalYearId = ?1 and s.carriedFromId is not null")
    List<Long> carriedFrom(long fiscalYearId);
}

interface StepRepository extends JpaRepository<EvaluationStep, Long> {

    @Query("select s from EvaluationStep s where s.sheetId = ?1 order by s.takenAt, s.id")
    List<EvaluationStep> of(long sheetId);

    /** When the last of these sheets was published (公表). */
    @Query(
            value = "select max(taken_at) from evaluation_sheet_step where sheet_id in (?1) and to_stage = 'PUBLISHED'",
            nativeQuery = true)
    Optional<Instant> lastPublished(Collection<Long> sheetIds);
}

interface LaborCostRepository extends JpaRepository<LaborUnitCost, Long> {

    @Query("select c from LaborUnitCost c where c.municipalityCode = ?1 order by c.fiscalYear")
    List<LaborUnitCost> of(String municipalityCode);

    @Query("select c from LaborUnitCost c where c.municipalityCode = ?1 and c.fiscalYear = ?2")
    Optional<LaborUnitCost> find(String municipalityCode, int fiscalYear);
}

interface SettingRepository extends JpaRepository<EvaluationSetting, Long> {

    @Query("select s from EvaluationSetting s where s.municipalityCode = ?1")
    Optional<EvaluationSetting> of(String municipalityCode);
}
