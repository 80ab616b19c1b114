package jp.hoshin.departmentplan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.Messages;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * 中間確認の時点 — a checkpoint of the mid-year check in a fiscal year: its number, label (上半期) and 基準日, which lies
 * inside the fiscal year. A year without stored checkpoints has the default one: 上半期, 9月30日.
 */
@Entity
@Audited
@Table(name = "midyear_checkpoint")
class MidYearCheckpoint {

    static final int MAX_LABEL = 40;
    static final MonthDay DEFAULT_DAY = MonthDay.of(9, 30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long fiscalYearId;

    private int number;

    private String label;

    private LocalDate referenceDate;

    @Version
    private long version;

    protected MidYearCheckpoint() {}

    MidYearCheckpoint(long fiscalYearId, int number, FiscalYear year, String label, LocalDate referenceDate) {
        this.fiscalYearId = fiscalYearId;
        this.number = number;
        define(year, label, referenceDate);
    }

    /** Sets label and 基準日; refused (with the first problem) unless {@link #problems} finds none. */
    void define(FiscalYear year, @Nullable String label, @Nullable LocalDate referenceDate) {
        Map<String, String> problems = problems(year, label, referenceDate);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.values().iterator().next());
        }
        this.label = label.strip();
        this.referenceDate = referenceDate;
    }

    /** What is wrong with a checkpoint's label and 基準日, by field ({@code label}, {@code referenceDate}). */
    static Map<String, String> problems(FiscalYear year, @Nullable String label, @Nullable LocalDate referenceDate) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (label == null || label.isBlank()) {
            problems.put("label", Messages.get("midyear.checkpoint.labelRequired"));
        } else if (label.strip().length() > MAX_LABEL) {
            problems.put("label", Messages.get("midyear.checkpoint.labelTooLong", MAX_LABEL));
        }
        if (referenceDate == null) {
            problems.put("referenceDate", Messages.get("midyear.checkpoint.dateRequired"));
        } else if (referenceDate.isBefore(year.firstDay())) {
            problems.put(
                    "referenceDate",
                    Messages.get("midyear.checkpoint.beforeYear", year.label(), JapaneseDates.format(year.firstDay())));
        } else if (referenceDate.isAfter(year.lastDay())) {
            problems.put(
                    "referenceDate",
                    Messages.get("midyear.checkpoint.afterYear", year.label(), JapaneseDates.format(year.lastDay())));
        }
        return problems;
    }

    static MidYearCheckpointView defaultOf(FiscalYear year) {
        return new MidYearCheckpointView(
                1, Messages.get("midyear.checkpoint.defaultLabel"), DEFAULT_DAY.atYear(year.startYear()), null);
    }

    int number() {
        return number;
    }

    MidYearCheckpointView view() {
        return new MidYearCheckpointView(number, label, referenceDate, version);
    }
}
