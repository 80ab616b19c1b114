package jp.hoshin.schedule.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.schedule.YearProgress;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/** The texts of the progress page's and the export's cells (dates in 和暦 with 西暦, Japan time). */
public final class ProgressCells {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ProgressCells() {}

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : JapaneseDates.format(date);
    }

    public static String moment(@Nullable Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime t = at.atZone(FiscalYear.JAPAN);
        return JapaneseDates.format(t.toLocalDate()) + " " + TIME.format(t);
    }

    public static String due(YearProgress.Cell c) {
        return c.due() == null ? Messages.get("schedule.cell.noDue") : Messages.get("schedule.cell.due", date(c.due()));
    }

    /** 「最終更新 令和8（2026）年5月1日 10:00 企画部 編集担当」, or empty. */
    public static String changed(YearProgress.Cell c) {
        if (c.changedAt() == null) {
            return "";
        }
        return Messages.get("schedule.cell.changed", moment(c.changedAt()), c.changedBy() == null ? "" : c.changedBy());
    }

    public static String done(YearProgress.Cell c) {
        if (c.doneAt() == null) {
            return "";
        }
        return Messages.get("schedule.cell.done", moment(c.doneAt()), c.doneBy() == null ? "" : c.doneBy());
    }
}
