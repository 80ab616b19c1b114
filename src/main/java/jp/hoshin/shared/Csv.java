package jp.hoshin.shared;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, double quotes around fields that need them), which is also
 * what Excel in Japan reads when the file starts with a UTF-8 byte order mark ({@link #BOM}). Reading
 * accepts LF or CRLF line ends and an optional BOM.
 */
public final class Csv {

    /** The UTF-8 byte order mark, so that Excel opens a UTF-8 CSV with Japanese text correctly. */
    public static final String BOM = "\uFEFF";

    private Csv() {
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
                String text = cell == null ? "" : cell.toString();
                if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
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
     * The rows of a CSV document. Quoted fields may hold commas, quotes ("") and line breaks; a line
     * break inside a field becomes {@code \n}. Blank lines at the end are dropped.
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
                } else if (c == '\r') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
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
                    row.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                }
                case '\r', '\n' -> {
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
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
            throw new IllegalArgumentException((rows.size() + 1) + "行目: 引用符（\"）が閉じられていません。");
        }
        if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        while (!rows.isEmpty() && rows.getLast().size() == 1 && rows.getLast().getFirst().isEmpty()) {
            rows.removeLast();
        }
        return rows;
    }
}
