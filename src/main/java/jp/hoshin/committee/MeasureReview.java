package jp.hoshin.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** 委員会の評価 — the committee's rating of one measure in one fiscal year (a label of the municipality's scale). */
@Entity(name = "CommitteeMeasureReview")
@Audited
@Table(name = "committee_measure_review")
class MeasureReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;
    private int fiscalYear;
    private long measureId;
    private @Nullable String rating;

    @Version
    private long version;

    protected MeasureReview() {}

    MeasureReview(String municipalityCode, int fiscalYear, long measureId) {
        this.municipalityCode = municipalityCode;
        this.fiscalYear = fiscalYear;
        this.measureId = measureId;
    }

    /** Records the rating (empty: none given); the label is kept as recorded, a changed scale never rewrites it. */
    void rate(String label) {
        this.rating = label.isEmpty() ? null : label;
    }

    String rating() {
        return rating == null ? "" : rating;
    }

    long measureId() {
        return measureId;
    }

    long version() {
        return version;
    }
}
