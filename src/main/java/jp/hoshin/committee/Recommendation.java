package jp.hoshin.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** 提言 — one recommendation of the committee on a measure in a fiscal year, with the city's 対応方針 (answer). */
@Entity(name = "CommitteeRecommendation")
@Audited
@Table(name = "committee_recommendation")
class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;
    private int fiscalYear;
    private long measureId;
    private int position;
    private String text;
    private @Nullable String answer;

    @Version
    private long version;

    protected Recommendation() {}

    Recommendation(String municipalityCode, int fiscalYear, long measureId, int position, String text) {
        this.municipalityCode = municipalityCode;
        this.fiscalYear = fiscalYear;
        this.measureId = measureId;
        this.position = position;
        this.text = text;
    }

    /** Corrects the 提言 as the committee wrote it and records the city's answer (empty: not yet answered). */
    void write(String newText, String newAnswer) {
        this.text = newText;
        this.answer = newAnswer.isEmpty() ? null : newAnswer;
    }

    long id() {
        return id;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    int fiscalYear() {
        return fiscalYear;
    }

    long measureId() {
        return measureId;
    }

    int position() {
        return position;
    }

    String text() {
        return text;
    }

    String answer() {
        return answer == null ? "" : answer;
    }

    long version() {
        return version;
    }
}
