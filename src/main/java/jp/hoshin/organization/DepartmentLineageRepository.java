package jp.hoshin.organization;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentLineageRepository extends JpaRepository<DepartmentLineage, Long> {

    List<DepartmentLineage> findBySuccessorId(long successorId);

    List<DepartmentLineage> findBySuccessorIdIn(Collection<Long> successorIds);

    List<DepartmentLineage> findByPredecessorIdIn(Collection<Long> predecessorIds);

    boolean existsByPredecessorIdAndSuccessorId(long predecessorId, long successorId);
}
