package jp.hoshin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class JapaneseTextTest {

    @Test
    void readsFullWidthNumbersWithSeparators() {
        assertThat(JapaneseText.parseNumber("３３０，０００")).contains(new BigDecimal("330000"));
        assertThat(JapaneseText.parseNumber(" 330,000 ")).contains(new BigDecimal("330000"));
        assertThat(JapaneseText.parseNumber("１２，３４５，６７８，０００円")).contains(new BigDecimal("12345678000"));
        assertThat(JapaneseText.parseWholeNumber("　４５　")).contains(45L);
        assertThat(JapaneseText.parseNumber("三百")).isEmpty();
        assertThat(JapaneseText.parseNumber("12a")).isEmpty();
    }

    @Test
    void proseKeepsItsPunctuationButLosesSurroundingSpaces() {
        assertThat(JapaneseText.text("　風通しの良い体制づくり！ ")).isEqualTo("風通しの良い体制づくり！");
        assertThat(JapaneseText.text("令和2（2020）年度")).isEqualTo("令和2（2020）年度");
    }

    @Test
    void codesAreFolded() {
        assertThat(JapaneseText.fold("ＫＩＫＡＫＵ　")).isEqualTo("KIKAKU");
    }
}
