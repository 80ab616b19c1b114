package jp.hoshin.policyplan;

import org.jspecify.annotations.Nullable;

/** One thing wrong in an uploaded table: where (file or sheet, row, column) and what, in Japanese. */
public record ImportProblem(String source, int row, @Nullable String column, String message) {

    /** 「指標値」（values.csv）の 12 行目「値」: 数値で入力してください。 */
    public String describe() {
        return source + (row > 0 ? " の " + row + " 行目" : "") + (column != null ? "「" + column + "」" : "") + ": " + message;
    }
}
