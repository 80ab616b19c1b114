package jp.hoshin.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated checks of the one CSV writer and reader every export and import uses ({@link Fuzz}; 5,000 generated cases). */
class CsvFuzzTest {

    /**
     * Text as people and attackers type it: formula starts, quotes, commas, line breaks, controls, Japanese; any text
     * outside the surrogates (an unpaired surrogate cannot reach the server in UTF-8); decimals.
     */
    static String cell(Fuzz fuzz) {
        return fuzz.either(
                () -> fuzz.string("=+-@'\t\r\n\",;0123456789.あ漢 a\u0000\u202E", 12),
                () -> fuzz.stringInRanges(20, '\u0000', '\uD7FF', '\uE000', '\uFFFF'),
                fuzz::decimalText);
    }

    /** One to six rows of two to five cells. */
    static List<List<String>> rows(Fuzz fuzz) {
        return fuzz.list(1, 6, () -> fuzz.list(2, 5, () -> cell(fuzz)));
    }

    @Test
    void whatIsWrittenIsReadBack() {
        Fuzz.run("CsvFuzzTest.whatIsWrittenIsReadBack", 2_500, (fuzz, i) -> {
            List<List<String>> rows = rows(fuzz);
            String document = new String(Csv.document(rows), java.nio.charset.StandardCharsets.UTF_8);
            List<List<String>> expected = trimmedLikeTheReader(rows.stream()
                    .map(r -> r.stream().map(Csv::lineBreaks).toList())
                    .toList());
            assertThat(Csv.read(document))
                    .as(() -> "rows " + escaped(rows.toString()))
                    .isEqualTo(expected);
        });
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints()
                .forEach(
                        c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }

    @Test
    void noCellReachesASpreadsheetAsAFormula() {
        Fuzz.run("CsvFuzzTest.noCellReachesASpreadsheetAsAFormula", 2_500, (fuzz, i) -> {
            String cell = cell(fuzz);
            String written = Csv.neutralised(cell);
            if (!written.isEmpty() && Fuzz.FORMULA_PREFIXES.indexOf(written.charAt(0)) >= 0) {
                assertThat(written).as(() -> "cell " + escaped(cell)).matches("[-+]?[0-9][0-9.,]*");
            }
        });
    }

    /** The reader drops trailing rows that are a single empty cell (blank lines at the end). */
    private static List<List<String>> trimmedLikeTheReader(List<List<String>> rows) {
        List<List<String>> out = new java.util.ArrayList<>(rows);
        while (!out.isEmpty()
                && out.getLast().size() == 1
                && out.getLast().getFirst().isEmpty()) {
            out.removeLast();
        }
        return out;
    }
}
