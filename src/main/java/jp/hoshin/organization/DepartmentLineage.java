package jp.hoshin.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/** 沿革 — one department of a year continuing one of an earlier year (継続・名称変更・統合・分割). */
@Entity
@Audited
@Table(name = "department_lineage")
class DepartmentLineage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long predecessorId;

    private long successorId;

    @Enumerated(EnumType.STRING)
    private LineageKind kind;

    protected DepartmentLineage() {}

    DepartmentLineage(long predecessorId, long successorId, LineageKind kind) {
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.kind = kind;
    }

    void reclassify(LineageKind kind) {
        this.kind = kind;
    }

    long predecessorId() {
        return predecessorId;
    }

    long successorId() {
        return successorId;
    }

    LineageKind kind() {
        return kind;
    }
}
