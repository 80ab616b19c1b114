package jp.hoshin.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalGovernmentCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"132047", "130001", "131016", "131041", "131130", "011002", "012025"})
    void acceptsRealCodes(String code) {
        assertThat(LocalGovernmentCode.of(code).value()).isEqualTo(code);
    }

    @Test
    void acceptsFullWidthDigits() {
        assertThat(LocalGovernmentCode.of("１３２０４７").value()).isEqualTo("132047");
    }

    @Test
    void refusesAWrongCheckDigitWithAJapaneseMessage() {
        assertThatThrownBy(() -> LocalGovernmentCode.of("132048"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("検査数字");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13204", "1320477", "abcdef", "", "482001"})
    void refusesMalformedCodes(String code) {
        assertThat(LocalGovernmentCode.isValid(code)).isFalse();
    }

    @Test
    void prefecture99IsForSamples() {
        assertThat(LocalGovernmentCode.of("990001").isSample()).isTrue();
        assertThat(LocalGovernmentCode.of("132047").isSample()).isFalse();
    }
}
