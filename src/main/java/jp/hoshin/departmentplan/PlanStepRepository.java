package jp.hoshin.departmentplan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanStepRepository extends JpaRepository<PlanStep, Long> {

    List<PlanStep> findByPlanIdOrderByTakenAt(long planId);
}
