package jp.hoshin.measureevaluation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasureEvaluationRepository extends JpaRepository<MeasureEvaluation, Long> {

    @Query("select e from MeasureEvaluation e where e.municipalityCode = ?1 and e.fiscalYear = ?2 order by e.id")
    List<MeasureEvaluation> inYear(String municipalityCode, int fiscalYear);

    /** Per fiscal year, how many sheets are public (published, or being revised after they were). */
    @Query(
            "select e.fiscalYear, count(e) from MeasureEvaluation e where e.municipalityCode = ?1 and (e.stage = jp.hoshin.measureevaluation.MeasureEvaluationStage.PUBLISHED or e.publishedSnapshot is not null) group by e.fiscalYear")
    List<Object[]> publicCountsByYear(String municipalityCode);

    @Query(
            "select e from MeasureEvaluation e where e.municipalityCode = ?1 and e.fiscalYear = ?2 and e.planKey = ?3 and e.elementKey = ?4")
    Optional<MeasureEvaluation> find(String municipalityCode, int fiscalYear, String planKey, String elementKey);
}

interface MeasureStepRepository extends JpaRepository<MeasureEvaluationStep, Long> {

    @Query("select s from MeasureEvaluationStep s where s.evaluationId = ?1 order by s.takenAt, s.id")
    List<MeasureEvaluationStep> of(long evaluationId);

    @Query(
            value =
                    "select max(taken_at) from measure_evaluation_step where evaluation_id in (?1) and to_stage = 'PUBLISHED'",
            nativeQuery = true)
    Optional<Instant> lastPublished(Collection<Long> evaluationIds);
}

interface MeasureSettingRepository extends JpaRepository<MeasureEvaluationSetting, Long> {

    @Query("select s from MeasureEvaluationSetting s where s.municipalityCode = ?1")
    Optional<MeasureEvaluationSetting> of(String municipalityCode);
}

interface MeasureYearRepository extends JpaRepository<MeasureEvaluationYear, Long> {

    @Query("select y from MeasureEvaluationYear y where y.municipalityCode = ?1 and y.fiscalYear = ?2")
    Optional<MeasureEvaluationYear> of(String municipalityCode, int fiscalYear);
}
