package jp.hoshin.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/** 課・係 — a section of a department in one fiscal year. */
@Entity
@Audited
@Table(name = "section")
class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    private String name;

    private int displayOrder;

    protected Section() {}

    Section(Department department, String name, int displayOrder) {
        this.department = department;
        this.name = name;
        this.displayOrder = displayOrder;
    }

    void reorder(int order) {
        this.displayOrder = order;
    }

    String name() {
        return name;
    }

    SectionView view() {
        return new SectionView(id, name, displayOrder);
    }
}
