package jp.hoshin.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputTextTest {

    @Test
    void controlCharactersAreRefusedButLineBreaksAndTabsAreText() {
        assertThat(InputText.problem("ご意見", "賛成\u0000です", 100)).isEqualTo("ご意見に使えない制御文字（NUL など）が含まれています。");
        assertThat(InputText.problem("ご意見", "a\u0007b", 100)).isNotNull();
        assertThat(InputText.problem("ご意見", "a\u0085b", 100)).isNotNull();
        assertThat(InputText.problem("ご意見", "一行目\r\n二行目\tタブ", 100)).isNull();
        assertThat(InputText.withoutForbiddenControls("賛成\u0000で\u001Bす")).isEqualTo("賛成です");
    }

    @Test
    void bidirectionalOverridesAreRemoved() {
        assertThat(InputText.withoutBidiOverrides("invoice\u202Efdp.exe\u2066x\u2069"))
                .isEqualTo("invoicefdp.exex");
        assertThat(InputText.checked("件名", "\u202Aabc\u202C", 10)).isEqualTo("abc");
    }

    @Test
    void theLimitIsSaidInTheMessage() {
        assertThat(InputText.problem("一次評価の所見", "あ".repeat(150_000), 4_000))
                .isEqualTo("一次評価の所見は4,000文字以内で入力してください（現在150,000文字）。");
        assertThatThrownBy(() -> InputText.checked("所見", "あ".repeat(20_001), InputText.MAX_LENGTH))
                .hasMessage("所見は20,000文字以内で入力してください（現在20,001文字）。");
        assertThat(InputText.problem("所見", "😀".repeat(10), 10))
                .as("characters, not UTF-16 units")
                .isNull();
    }
}
