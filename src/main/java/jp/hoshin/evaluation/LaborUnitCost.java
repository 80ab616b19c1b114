package jp.hoshin.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.Messages;
import org.hibernate.envers.Audited;

/** 人件費単価 — the personnel cost of one person-year (人工) a municipality uses for a fiscal year, in yen. */
@Entity
@Audited
@Table(name = "evaluation_labor_cost")
class LaborUnitCost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;

    private int fiscalYear;

    private long yenPerPersonYear;

    @Version
    private long version;

    protected LaborUnitCost() {}

    LaborUnitCost(String municipalityCode, int fiscalYear, long yenPerPersonYear) {
        this.municipalityCode = municipalityCode;
        this.fiscalYear = fiscalYear;
        set(yenPerPersonYear);
    }

    void set(long yen) {
        if (yen < 0) {
            throw new IllegalArgumentException(Messages.get("evaluation.laborUnitCost.negative"));
        }
        this.yenPerPersonYear = yen;
    }

    int fiscalYear() {
        return fiscalYear;
    }

    long yen() {
        return yenPerPersonYear;
    }

    long version() {
        return version;
    }
}
