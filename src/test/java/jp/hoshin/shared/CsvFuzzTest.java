package jp.hoshin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Property-based checks of the one CSV writer and reader every export and import uses (jqwik; 5,000 generated cases). */
class CsvFuzzTest {

    /** Text as people and attackers type it: formula starts, quotes, commas, line breaks, controls, Japanese. */
    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("=+-@'\t\r\n\",;0123456789.あ漢 a\u0000\u202E").ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF').ofMaxLength(20),
                Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e9"), new java.math.BigDecimal("1e9")).ofScale(2)
                        .map(java.math.BigDecimal::toPlainString));
    }

    @Property(tries = 2_500, generation = net.jqwik.api.GenerationMode.RANDOMIZED)
    void whatIsWrittenIsReadBack(@ForAll("rows") List<List<String>> rows) {
        String document = new String(Csv.document(rows), java.nio.charset.StandardCharsets.UTF_8);
        List<List<String>> expected = trimmedLikeTheReader(rows.stream().map(r -> r.stream().map(Csv::lineBreaks).toList()).toList());
        assertThat(Csv.read(document)).as(() -> "rows " + escaped(rows.toString())).isEqualTo(expected);
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        return cells().list().ofMinSize(2).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 2_500, generation = net.jqwik.api.GenerationMode.RANDOMIZED)
    void noCellReachesASpreadsheetAsAFormula(@ForAll("cells") String cell) {
        String written = Csv.neutralised(cell);
        if (!written.isEmpty() && "=+-@\t\r".indexOf(written.charAt(0)) >= 0) {
            assertThat(written).matches("[-+]?[0-9][0-9.,]*");
        }
    }

    /** The reader drops trailing rows that are a single empty cell (blank lines at the end). */
    private static List<List<String>> trimmedLikeTheReader(List<List<String>> rows) {
        List<List<String>> out = new java.util.ArrayList<>(rows);
        while (!out.isEmpty() && out.getLast().size() == 1 && out.getLast().getFirst().isEmpty()) {
            out.removeLast();
        }
        return out;
    }
}
