package jp.hoshin.departmentplan.workbook;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in an uploaded workbook, where the department can find it: sheet, row (as
 * Excel numbers them, 0 = the sheet as a whole) and column letter, and what to do, in Japanese.
 */
public record WorkbookProblem(@Nullable String sheet, int row, @Nullable String column, String message) {

    /** A problem with the file as a whole (type, size, which plan it belongs to). */
    public static WorkbookProblem ofFile(String message) {
        return new WorkbookProblem(null, 0, null, message);
    }

    /** 「個別事業 シートの 5 行目 C 列: 事業名を入力してください。」 */
    public String text() {
        if (sheet == null) {
            return message;
        }
        if (row <= 0) {
            return sheet + " シート: " + message;
        }
        return sheet + " シートの " + row + " 行目" + (column == null ? "" : " " + column + " 列") + ": " + message;
    }
}
