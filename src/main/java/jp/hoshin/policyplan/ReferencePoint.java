package jp.hoshin.policyplan;

import java.time.LocalDate;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.Messages;

/**
 * The time a value refers to when it is not the fiscal year it is reported in: a calendar year
 * (平成28年, e.g. a census), another fiscal year (平成28年度), or a date (平成27年4月1日時点).
 */
public record ReferencePoint(Kind kind, LocalDate date) {

    public enum Kind {
        CALENDAR_YEAR,
        FISCAL_YEAR,
        DATE
    }

    /** Reads 平成28年, 平成28年度, 平成27年4月1日 (also with 時点, or in 西暦). */
    static ReferencePoint parse(String text) {
        String t = text.strip().replace("時点", "");
        boolean fiscal = t.endsWith("年度");
        JapaneseDates.Parsed parsed = JapaneseDates.parse(fiscal ? t.substring(0, t.length() - 1) : t)
                .orElseThrow(() -> new IllegalArgumentException(Messages.get("policy.reference.required")));
        if (fiscal) {
            if (parsed.precision() != JapaneseDates.Precision.YEAR) {
                throw new IllegalArgumentException(Messages.get("policy.reference.fiscalYearOnly"));
            }
            return new ReferencePoint(
                    Kind.FISCAL_YEAR, LocalDate.of(parsed.date().getYear(), 4, 1));
        }
        return switch (parsed.precision()) {
            case YEAR -> new ReferencePoint(Kind.CALENDAR_YEAR, parsed.date());
            case DAY -> new ReferencePoint(Kind.DATE, parsed.date());
            case MONTH -> throw new IllegalArgumentException(Messages.get("policy.reference.shape"));
        };
    }

    /** As documents write it: 平成28年, 平成28年度, 平成27年4月1日. */
    public String label() {
        return switch (kind) {
            case CALENDAR_YEAR -> JapaneseDates.eraYear(date.withMonth(12).withDayOfMonth(31));
            case FISCAL_YEAR -> FiscalYear.of(date.getYear()).warekiLabel();
            case DATE -> {
                String era = JapaneseDates.eraYear(date);
                yield era + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            }
        };
    }
}
