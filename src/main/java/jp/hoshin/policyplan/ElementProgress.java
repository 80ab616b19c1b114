package jp.hoshin.policyplan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** 取組状況: what was done for an element (施策, 個別課題 …) in a fiscal year, as the owning department writes it. */
@Entity
@Audited
@Table(name = "element_progress")
class ElementProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long elementId;
    private int fiscalYear;
    private String body;

    @Version
    private long version;

    protected ElementProgress() {}

    ElementProgress(long elementId, int fiscalYear, String body) {
        this.elementId = elementId;
        this.fiscalYear = fiscalYear;
        this.body = body;
    }

    long elementId() {
        return elementId;
    }

    int fiscalYear() {
        return fiscalYear;
    }

    String body() {
        return body;
    }

    long version() {
        return version;
    }

    boolean rewrite(String newBody) {
        if (newBody.equals(body)) {
            return false;
        }
        this.body = newBody;
        return true;
    }
}
