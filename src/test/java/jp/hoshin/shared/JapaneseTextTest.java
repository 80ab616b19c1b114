package jp.hoshin.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void readsDatesInWesternAndJapaneseEraForms() {
        LocalDate end = LocalDate.of(2025, 3, 31);
        assertThat(JapaneseText.parseDate("2025-03-31")).contains(end);
        assertThat(JapaneseText.parseDate("2025/3/31")).contains(end);
        assertThat(JapaneseText.parseDate("２０２５／３／３１")).contains(end);
        assertThat(JapaneseText.parseDate("2025年3月31日")).contains(end);
        assertThat(JapaneseText.parseDate("令和7年3月31日")).contains(end);
        assertThat(JapaneseText.parseDate("令和７年３月３１日")).contains(end);
        assertThat(JapaneseText.parseDate("R7.3.31")).contains(end);
        assertThat(JapaneseText.parseDate("令和元年5月1日")).contains(LocalDate.of(2019, 5, 1));
        assertThat(JapaneseText.parseDate("平成16年3月31日")).contains(LocalDate.of(2004, 3, 31));
        assertThat(JapaneseText.parseDate("H16/3/31")).contains(LocalDate.of(2004, 3, 31));
        assertThat(JapaneseText.parseDate("令和7年2月30日")).isEmpty();
        assertThat(JapaneseText.parseDate("年度末")).isEmpty();
        assertThat(JapaneseText.parseDate("平成45年1月1日")).isEmpty();
    }

    @Test
    void readsYearsInWesternAndJapaneseEraForms() {
        assertThat(JapaneseText.parseYear("2022")).contains(2022);
        assertThat(JapaneseText.parseYear("２０２２年度")).contains(2022);
        assertThat(JapaneseText.parseYear("令和4年度")).contains(2022);
        assertThat(JapaneseText.parseYear("令和4（2022）年度")).contains(2022);
        assertThat(JapaneseText.parseYear("令和元年度")).contains(2019);
        assertThat(JapaneseText.parseYear("平成31年度")).contains(2019);
        assertThat(JapaneseText.parseYear("H14")).contains(2002);
        assertThat(JapaneseText.parseYear("令和4（2021）年度")).isEmpty();
        assertThat(JapaneseText.parseYear("昨年度")).isEmpty();
    }
}
