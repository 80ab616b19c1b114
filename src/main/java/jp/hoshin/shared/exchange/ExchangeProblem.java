package jp.hoshin.shared.exchange;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in an uploaded file, where the user can find it, in one format for every import:
 * 「「個別事業」シート 5行目 C列: 事業名を入力してください。」, 「「指標値」（values.csv） 3行目 D列「値」: …」.
 *
 * @param where   the sheet or file (as the user knows it, e.g. 「個別事業」シート), null for the upload as a whole
 * @param row     the row as Excel numbers it, 0 for the sheet or file as a whole
 * @param column  the column letter, or null
 * @param heading the column's heading where the file has one (CSV tables), or null
 * @param message what is wrong and what to do, in Japanese
 */
public record ExchangeProblem(
        @Nullable String where,
        int row,
        @Nullable String column,
        @Nullable String heading,
        String message) {

    /** A problem with the upload as a whole (type, size, which data it belongs to). */
    public static ExchangeProblem ofFile(String message) {
        return new ExchangeProblem(null, 0, null, null, message);
    }

    /** A problem with a whole sheet or file. */
    public static ExchangeProblem ofSheet(String where, String message) {
        return new ExchangeProblem(where, 0, null, null, message);
    }

    /** The one format every import shows. */
    public String text() {
        StringBuilder place = new StringBuilder();
        if (where != null) {
            place.append(where);
        }
        if (row > 0) {
            place.append(place.isEmpty() ? "" : " ").append(row).append("行目");
        }
        if (column != null) {
            place.append(place.isEmpty() ? "" : " ").append(column).append("列");
        }
        if (heading != null) {
            place.append("「").append(heading).append("」");
        }
        return place.isEmpty() ? message : place + ": " + message;
    }
}
