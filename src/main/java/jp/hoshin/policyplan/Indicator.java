package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import jp.hoshin.shared.Messages;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * 指標: what is measured (name, unit, an optional second value such as 内定者 in 「4,372人 (198人)」),
 * which direction is better, the target, and the values per fiscal year. An indicator is one record
 * however many plans place it (a basic-plan indicator that is also a KPI is the same indicator).
 */
@Entity
@Audited
@Table(name = "indicator")
class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long municipalityId;
    private String indicatorKey;
    private String name;
    private @Nullable String unit;
    private @Nullable String mainName;
    private @Nullable String subName;
    private @Nullable String subUnit;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    private TargetKind targetKind;

    private @Nullable Integer targetYear;
    private @Nullable BigDecimal targetValue;
    private @Nullable BigDecimal targetSubValue;
    private @Nullable String targetNote;
    private @Nullable String targetState;
    private @Nullable String notes;

    @Enumerated(EnumType.STRING)
    private Aggregation aggregation = Aggregation.POINT;

    @Version
    private long version;

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fiscalYear, kind")
    private List<IndicatorValue> values = new ArrayList<>();

    protected Indicator() {}

    Indicator(long municipalityId, IndicatorRow row) {
        this.municipalityId = municipalityId;
        this.indicatorKey = row.key();
        define(row);
    }

    Long id() {
        return id;
    }

    String key() {
        return indicatorKey;
    }

    IndicatorRow row() {
        return new IndicatorRow(
                indicatorKey,
                name,
                unit,
                subName,
                subUnit,
                mainName,
                direction,
                targetKind,
                targetYear,
                targetValue,
                targetSubValue,
                targetNote,
                targetState,
                notes,
                aggregation);
    }

    boolean define(IndicatorRow row) {
        if (direction != null && row.equals(row())) {
            return false;
        }
        if (row.targetKind() == TargetKind.NUMBER && row.targetValue() == null) {
            throw new IllegalArgumentException(Messages.get("policy.indicator.targetValueRequired"));
        }
        if (row.targetKind() == TargetKind.STATE && row.targetState() == null) {
            throw new IllegalArgumentException(Messages.get("policy.indicator.targetStateRequired"));
        }
        this.name = row.name();
        this.unit = row.unit();
        this.mainName = row.mainName();
        this.subName = row.subName();
        this.subUnit = row.subUnit();
        this.direction = row.direction();
        this.targetKind = row.targetKind();
        this.targetYear = row.targetYear();
        this.targetValue = row.targetValue();
        this.targetSubValue = row.targetSubValue();
        this.targetNote = row.targetNote();
        this.targetState = row.targetState();
        this.notes = row.notes();
        this.aggregation = row.aggregation();
        return true;
    }

    List<ValueRow> values() {
        return values.stream().map(IndicatorValue::row).toList();
    }

    /** The 実績 of a fiscal year. */
    Optional<ValueRow> value(int fiscalYear) {
        return values.stream()
                .filter(v -> v.fiscalYear() == fiscalYear && v.kind() == ValueKind.ACTUAL)
                .findFirst()
                .map(IndicatorValue::row);
    }

    /** Records the value of a fiscal year and kind (replacing a value recorded before for that year and kind). */
    boolean record(ValueRow row) {
        Map<String, IndicatorValue> byYear =
                values.stream().collect(Collectors.toMap(v -> v.fiscalYear() + " " + v.kind(), Function.identity()));
        IndicatorValue existing = byYear.get(row.fiscalYear() + " " + row.kind());
        if (existing == null) {
            IndicatorValue added = new IndicatorValue(this, row);
            int at = 0;
            while (at < values.size()
                    && (values.get(at).fiscalYear() < row.fiscalYear()
                            || (values.get(at).fiscalYear() == row.fiscalYear()
                                    && values.get(at).kind().compareTo(row.kind()) < 0))) {
                at++;
            }
            values.add(at, added);
            return true;
        }
        return existing.correct(row);
    }
}
