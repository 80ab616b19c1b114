package jp.hoshin.identity;

import jp.hoshin.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void fullWidthIsFoldedAndTheDomainLowerCasedBlankIsNone() {
        assertThat(EmailAddress.parse("　Ｔａｒｏ．Ｍｉｔａｋａ＠City.Example.LG.JP "))
                .hasValue(new EmailAddress("Taro.Mitaka@city.example.lg.jp"));
        assertThat(EmailAddress.parse("   ")).isEmpty();
        assertThat(EmailAddress.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "taro",
                "taro@",
                "@city.example.jp",
                "taro@@city.example.jp",
                "taro@localhost",
                ".taro@city.example.jp",
                "ta..ro@city.example.jp",
                "taro.@city.example.jp",
                "ta ro@city.example.jp",
                "taro@city..example.jp",
                "taro@-city.example.jp",
                "太郎@city.example.jp",
                "taro@city.example.jp\nBcc: x@y.jp"
            })
    void anInvalidAddressIsRefusedInJapanese(String input) {
        assertThatThrownBy(() -> EmailAddress.parse(input))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("電子メールアドレスの形が正しくありません");
    }

    @Test
    void tooLongPartsAreRefused() {
        assertThatThrownBy(() -> EmailAddress.parse("a".repeat(65) + "@city.example.jp"))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> EmailAddress.parse("taro@" + "a".repeat(250) + ".jp"))
                .isInstanceOf(BusinessRuleException.class);
    }
}
