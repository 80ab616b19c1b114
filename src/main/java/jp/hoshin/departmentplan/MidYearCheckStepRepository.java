package jp.hoshin.departmentplan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MidYearCheckStepRepository extends JpaRepository<MidYearCheckStep, Long> {

    List<MidYearCheckStep> findByCheckIdInOrderByTakenAt(Collection<Long> checkIds);
}
