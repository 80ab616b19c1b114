package jp.hoshin.identity;

import jp.hoshin.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff passwords: length, the bundled list of common and breached passwords, the user name, repetitions (ASVS 2.1). */
class PasswordRuleTest {

    private final PasswordRule rule = new PasswordRule(messages());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "qwertyuiop12",
                "1q2w3e4r5t6y",
                "123456789012",
                "Password1234",
                "PASSWORD2024!",
                "iloveyou1234567",
                "qazwsxedcrfv",
                "trustno1trustno1"
            })
    void commonAndBreachedPasswordsAreRefused(String password) {
        assertThatThrownBy(() -> rule.check(password, "yamada"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("このパスワードはよく使われている（漏えいしたパスワードの一覧にある）ため使えません。推測されにくい別のパスワードにしてください。");
    }

    @Test
    void tooShortTooLongTheUserNameAndRepetitionsAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> rule.check("kumo-11-ame", "yamada")).hasMessage("パスワードは12文字以上にしてください。");
        assertThatThrownBy(() -> rule.check("a".repeat(60) + "b".repeat(69), "yamada"))
                .hasMessage("パスワードは128文字以内にしてください。");
        assertThatThrownBy(() -> rule.check("Yamada-no-kumo-8", "yamada")).hasMessage("パスワードにユーザー名を含めないでください。");
        assertThatThrownBy(() -> rule.check("xyzxyzxyzxyzx", "yamada")).hasMessage("同じ文字や短い並びを繰り返しただけのパスワードは使えません。");
        assertThatThrownBy(() -> rule.check("ああああああああああああ", "yamada")).hasMessage("同じ文字や短い並びを繰り返しただけのパスワードは使えません。");
    }

    @Test
    void aLongUncommonPasswordOrPassphraseIsAccepted() {
        assertThatCode(() -> rule.check("kumo-no-ue-ni-sakura", "yamada")).doesNotThrowAnyException();
        assertThatCode(() -> rule.check("三鷹の森で朝の散歩をする", "yamada")).doesNotThrowAnyException();
        assertThatCode(() -> rule.check("hoshin-demo-local", "mitaka-admin")).doesNotThrowAnyException();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
