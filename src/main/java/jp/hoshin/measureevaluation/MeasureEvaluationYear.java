package jp.hoshin.measureevaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** Per municipality and fiscal year: whether the sheets go through the external committee (外部評価). No row = not used. */
@Entity
@Audited
@Table(name = "measure_evaluation_year")
class MeasureEvaluationYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;
    private int fiscalYear;
    private boolean committeeStage;

    @Version
    private long version;

    protected MeasureEvaluationYear() {}

    MeasureEvaluationYear(String municipalityCode, int fiscalYear, boolean committeeStage) {
        this.municipalityCode = municipalityCode;
        this.fiscalYear = fiscalYear;
        this.committeeStage = committeeStage;
    }

    void useCommittee(boolean used) {
        this.committeeStage = used;
    }

    boolean committeeStage() {
        return committeeStage;
    }

    long version() {
        return version;
    }
}
