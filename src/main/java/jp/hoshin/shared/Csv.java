package jp.hoshin.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, double quotes around fields that need them), which is also
 * what Excel in Japan reads when the file starts with a UTF-8 byte order mark ({@link #BOM}). Reading
 * accepts LF or CRLF line ends and an optional BOM.
 * <p>
 * Every file the application hands out is made by {@link #document}: UTF-8 with the BOM, and a cell that a
 * spreadsheet would take for a formula (starting with {@code = + - @}, tab or carriage return; OWASP "CSV
 * injection") is written with a single quote in front, so Excel shows it as text. A plain number such as
 * {@code -3.5} or {@code -1,200} is left as it is (a number is never a formula, and open data must stay numeric).
 * {@link #read} removes that quote again, so an exported file imports unchanged.
 */
public final class Csv {

    /** The UTF-8 byte order mark, so that Excel opens a UTF-8 CSV with Japanese text correctly. */
    public static final String BOM = "\uFEFF";

    private Csv() {}

    /** A CSV file as Excel in Japan opens it: UTF-8 with a byte order mark, CRLF, RFC 4180 quoting, formulas neutralised. */
    public static byte[] document(List<? extends List<? extends @Nullable Object>> rows) {
        return (BOM + write(rows)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A cell a spreadsheet would read as a formula gets a single quote in front (a plain number does not); so does a cell
     * whose leading quotes are followed by such a character, so that {@link #restored} can tell the two apart.
     */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula =
                FORMULA_START.indexOf(first) >= 0 && !PLAIN_NUMBER.matcher(text).matches();
        int quotes = 0;
        while (quotes < text.length() && text.charAt(quotes) == '\'') {
            quotes++;
        }
        boolean quotedFormula = quotes > 0 && quotes < text.length() && FORMULA_START.indexOf(text.charAt(quotes)) >= 0;
        return formula || quotedFormula ? "'" + text : text;
    }

    /** CRLF inside a cell as LF (what the reader returns), however many CRs come before it. */
    static String lineBreaks(String text) {
        String out = text;
        while (out.contains("\r\n")) {
            out = out.replace("\r\n", "\n");
        }
        return out;
    }

    /** The characters with which a spreadsheet starts a formula (or DDE), and a number that is only a number. */
    private static final String FORMULA_START = "=+-@\t\r";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9][0-9.,]*");

    /** The text of a cell as {@link #neutralised} wrote it. */
    private static String restored(String text) {
        return text.length() > 1
                        && text.charAt(0) == '\''
                        && neutralised(text.substring(1)).equals(text)
                ? text.substring(1)
                : text;
    }

    /** One CSV document: each inner list is a row. {@code null} cells are written empty. */
    public static String write(List<? extends List<? extends @Nullable Object>> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 64);
        for (List<? extends @Nullable Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object cell = row.get(i);
                // a line break inside a cell is written as LF, as Excel writes it and as the reader returns it
                String text = cell == null ? "" : neutralised(lineBreaks(cell.toString()));
                if (text.indexOf(',') >= 0
                        || text.indexOf('"') >= 0
                        || text.indexOf('\n') >= 0
                        || text.indexOf('\r') >= 0) {
                    out.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(text);
                }
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /**
     * The rows of a CSV document. Quoted fields may hold commas, quotes ("") and line breaks; a CRLF line
     * break inside a field becomes {@code \n} (a lone CR stays as it is). Blank lines at the end are dropped.
     */
    public static List<List<String>> read(String text) {
        String s = text.startsWith(BOM) ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                    field.append('\n');
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.isEmpty() && !fieldStarted) {
                        quoted = true;
                        fieldStarted = true;
                    } else {
                        field.append(c);
                    }
                }
                case ',' -> {
                    row.add(restored(field.toString()));
                    field.setLength(0);
                    fieldStarted = false;
                }
                case '\r', '\n' -> {
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(restored(field.toString()));
                    rows.add(row);
                    row = new ArrayList<>();
                    field.setLength(0);
                    fieldStarted = false;
                }
                default -> {
                    field.append(c);
                    fieldStarted = true;
                }
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException(Messages.get("csv.unclosedQuote", rows.size() + 1));
        }
        if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
            row.add(restored(field.toString()));
            rows.add(row);
        }
        while (!rows.isEmpty()
                && rows.getLast().size() == 1
                && rows.getLast().getFirst().isEmpty()) {
            rows.removeLast();
        }
        return rows;
    }
}
