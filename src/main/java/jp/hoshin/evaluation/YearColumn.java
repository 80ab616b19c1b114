package jp.hoshin.evaluation;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * One year column of a sheet's cost and indicator tables: the fiscal year relative to the sheet's year ({@code offset}
 * −2 = 前々年度, 0 = the sheet's year, +1 = 次年度) and what its figures are ({@code kind}; null = not said, as sheets
 * always showed them).
 */
public record YearColumn(int offset, @Nullable ColumnKind kind) {

    /** The earliest and latest offsets a municipality may configure. */
    public static final int EARLIEST = -4;

    public static final int LATEST = 2;

    public YearColumn {
        if (offset < EARLIEST || offset > LATEST) {
            throw new IllegalArgumentException(Messages.get("evaluation.settings.offsetRange"));
        }
    }

    /** The fiscal year of this column on a sheet of {@code sheetYear}. */
    public int year(int sheetYear) {
        return sheetYear + offset;
    }

    /**
     * The column's heading on a sheet of {@code sheetYear}: 「2023年度」 without a kind (as sheets always showed it),
     * 「令和5（2023）年度 決算」 with one.
     */
    public String heading(int sheetYear) {
        int y = year(sheetYear);
        return kind == null
                ? Messages.get("fragment.evaluation.fiscalYear", Integer.toString(y))
                : Messages.get("evaluation.column.heading", FiscalYear.of(y).label(), kind.label());
    }

    /** The column named relative to the sheet's year: 「前年度決算」, 「当年度予算」, 「2年前」. */
    public String relativeName() {
        String when = switch (offset) {
            case -2 -> Messages.get("evaluation.column.twoYearsBefore");
            case -1 -> Messages.get("evaluation.column.yearBefore");
            case 0 -> Messages.get("evaluation.column.thisYear");
            case 1 -> Messages.get("evaluation.column.nextYear");
            default ->
                offset < 0
                        ? Messages.get("evaluation.column.yearsBefore", Integer.toString(-offset))
                        : Messages.get("evaluation.column.yearsAfter", Integer.toString(offset));
        };
        return kind == null ? when : when + kind.label();
    }
}
