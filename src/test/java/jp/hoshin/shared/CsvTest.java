package jp.hoshin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

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
        assertThat(Csv.read(Csv.BOM + "計画ID,名称\nkihon,基本計画")).containsExactly(List.of("計画ID", "名称"), List.of("kihon", "基本計画"));
    }

    @Test
    void keepsEmptyTrailingFields() {
        assertThat(Csv.read("a,,\r\n")).containsExactly(List.of("a", "", ""));
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThatThrownBy(() -> Csv.read("a\n\"b,c\n")).hasMessageContaining("2行目");
    }
}
