package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import jp.hoshin.policyplan.PolicyRows.ValueRow;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** The value of an indicator reported for a fiscal year, possibly referring to another time, possibly missing. */
@Entity
@Audited
@Table(name = "indicator_value")
class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    private int fiscalYear;

    @Column(name = "value")
    private @Nullable BigDecimal amount;

    private @Nullable BigDecimal subValue;

    @Enumerated(EnumType.STRING)
    private ReferencePoint.@Nullable Kind referenceKind;

    private @Nullable LocalDate referenceDate;
    private @Nullable String note;
    private @Nullable String officialJudgement;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_kind")
    private ValueKind kind = ValueKind.ACTUAL;

    private @Nullable String state;

    protected IndicatorValue() {}

    IndicatorValue(Indicator indicator, ValueRow row) {
        this.indicator = indicator;
        this.fiscalYear = row.fiscalYear();
        correct(row);
    }

    int fiscalYear() {
        return fiscalYear;
    }

    ValueKind kind() {
        return kind;
    }

    ValueRow row() {
        return new ValueRow(
                indicator.key(),
                fiscalYear,
                amount,
                subValue,
                referenceKind == null || referenceDate == null
                        ? null
                        : new ReferencePoint(referenceKind, referenceDate),
                note,
                officialJudgement,
                kind,
                state);
    }

    boolean correct(ValueRow row) {
        if (indicator != null && id != null && row.equals(row())) {
            return false;
        }
        this.amount = row.value();
        this.subValue = row.subValue();
        this.referenceKind = row.reference() == null ? null : row.reference().kind();
        this.referenceDate = row.reference() == null ? null : row.reference().date();
        this.note = row.note();
        this.officialJudgement = row.officialJudgement();
        this.kind = row.kind();
        this.state = row.state();
        return true;
    }
}
