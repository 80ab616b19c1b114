package jp.hoshin.shared;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

    @Test
    void quotesOnlyFieldsThatNeedIt() {
        assertThat(Csv.write(List.of(List.of("指標", "4,372人"), Arrays.asList("言う\"こと\"", null))))
                .isEqualTo("指標,\"4,372人\"\r\n\"言う\"\"こと\"\"\",\r\n");
    }

    @Test
    void readsWhatItWrites() {
        List<List<String>> rows = List.of(List.of("a", "b,c", "改行\nあり"), List.of("", "\"引用\"", "x"));
        assertThat(Csv.read(Csv.write(rows))).isEqualTo(rows);
    }

    @Test
    void acceptsBomLfAndMissingFinalNewline() {
        assertThat(Csv.read(Csv.BOM + "計画ID,名称\nkihon,基本計画"))
                .containsExactly(List.of("計画ID", "名称"), List.of("kihon", "基本計画"));
    }

    @Test
    void keepsEmptyTrailingFields() {
        assertThat(Csv.read("a,,\r\n")).containsExactly(List.of("a", "", ""));
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThatThrownBy(() -> Csv.read("a\n\"b,c\n")).hasMessageContaining("2行目");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
        String csv = Csv.write(
                List.of(List.of("=HYPERLINK(\"http://evil\")", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "'=kept")));
        assertThat(csv)
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\",'+cmd,'-2+3,'@SUM(A1),'\tx,\"'\rx\",''=kept\r\n");
    }

    @Test
    void plainNumbersStayNumbers() {
        assertThat(Csv.write(List.of(List.of("-3.5", "-1,200", "+4", "12", "-", "=1"))))
                .isEqualTo("-3.5,\"-1,200\",+4,12,'-,'=1\r\n");
    }

    @Test
    void aNeutralisedFileReadsBackAsItWasWritten() {
        List<List<String>> rows = List.of(List.of("=1+2", "-3.5", "@x", "'=y", "'plain", "-改善"));
        assertThat(Csv.read(Csv.write(rows))).isEqualTo(rows);
    }

    @Test
    void everyFileStartsWithTheBom() {
        assertThat(new String(Csv.document(List.of(List.of("a"))), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(Csv.BOM + "a\r\n");
    }
}
