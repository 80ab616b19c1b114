package jp.hoshin.departmentplan;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * One project's line of a mid-year check: the project (number and title as in the finalised plan), the progress
 * status as recorded (the label, kept even when the scale changes later, and whether it counted as on schedule), a
 * comment and the values so far (free text such as 「アクセス件数 180,000件」).
 */
public record MidYearEntry(
        int projectNumber,
        String projectTitle,
        @Nullable String status,
        boolean onSchedule,
        @Nullable String comment,
        @Nullable String valuesSoFar) {

    public static final int MAX_COMMENT = 2000;
    public static final int MAX_VALUES = 500;

    public MidYearEntry {
        status = blankToNull(status);
        comment = blankToNull(comment);
        valuesSoFar = blankToNull(valuesSoFar);
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException(
                    Messages.get("midyear.entry.commentTooLong", projectNumber, MAX_COMMENT));
        }
        if (valuesSoFar != null && valuesSoFar.length() > MAX_VALUES) {
            throw new IllegalArgumentException(Messages.get("midyear.entry.valuesTooLong", projectNumber, MAX_VALUES));
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
