package jp.hoshin.evaluation;

import java.math.BigDecimal;

import jp.hoshin.shared.Decimals;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The cost of one fiscal year as the sheet records it: 事業費 by funding source in yen (国庫支出金, 都道府県支出金,
 * 地方債, その他特定財源, 一般財源) and 人工数 (person-years, e.g. 1.25). Missing amounts stay null.
 */
public record YearCost(
        int year,
        @Nullable Long national,
        @Nullable Long prefectural,
        @Nullable Long bonds,
        @Nullable Long otherSpecific,
        @Nullable Long general,
        @Nullable BigDecimal personYears) {

    public YearCost {
        for (Long v : new Long[] {national, prefectural, bonds, otherSpecific, general}) {
            if (v != null && v < 0) {
                throw new IllegalArgumentException(Messages.get("evaluation.cost.negative"));
            }
        }
        if (personYears != null && personYears.signum() < 0) {
            throw new IllegalArgumentException(Messages.get("evaluation.cost.personYearsNegative"));
        }
        personYears = Decimals.plain(personYears);
    }

    public static YearCost empty(int year) {
        return new YearCost(year, null, null, null, null, null, null);
    }

    boolean isEmpty() {
        return national == null
                && prefectural == null
                && bonds == null
                && otherSpecific == null
                && general == null
                && personYears == null;
    }

    /** The funding sources in the order sheets show them. */
    public @Nullable Long[] sources() {
        return new Long[] {national, prefectural, bonds, otherSpecific, general};
    }

    /** The names of the funding sources, in the order of {@link #sources()}. */
    public static final java.util.List<String> SOURCE_NAMES = java.util.List.of(
            Messages.get("evaluation.field.national"),
            Messages.get("evaluation.field.prefectural"),
            Messages.get("evaluation.field.bonds"),
            Messages.get("evaluation.field.otherSpecific"),
            Messages.get("evaluation.field.general"));
}
