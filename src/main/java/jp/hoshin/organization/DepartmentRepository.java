package jp.hoshin.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    @Query(
            "select distinct d from Department d left join fetch d.sections where d.fiscalYearId = ?1 order by d.displayOrder, d.name")
    List<Department> findByFiscalYear(long fiscalYearId);

    @Query(
            "select new jp.hoshin.organization.DepartmentName(d.code, d.name) from Department d where d.fiscalYearId = ?1 order by d.displayOrder, d.name")
    List<DepartmentName> findNamesByFiscalYear(long fiscalYearId);

    /** The codes and names of the years' departments, newest year first, each year in display order. */
    @Query(
            "select new jp.hoshin.organization.DepartmentName(d.code, d.name) from Department d where d.fiscalYearId in ?1 order by d.fiscalYearId desc, d.displayOrder")
    List<DepartmentName> findNamesByFiscalYears(Collection<Long> fiscalYearIds);

    @Query("select d from Department d left join fetch d.sections where d.fiscalYearId = ?1 and d.code = ?2")
    Optional<Department> findByFiscalYearAndCode(long fiscalYearId, String code);

    boolean existsByFiscalYearIdAndCode(long fiscalYearId, String code);

    boolean existsByFiscalYearIdAndName(long fiscalYearId, String name);

    List<Department> findByIdIn(Collection<Long> ids);

    @Query("select coalesce(max(d.displayOrder), 0) from Department d where d.fiscalYearId = ?1")
    int maxDisplayOrder(long fiscalYearId);
}
