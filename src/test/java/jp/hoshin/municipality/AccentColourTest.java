package jp.hoshin.municipality;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccentColourTest {

    @Test
    void readsWhatPeopleType() {
        assertThat(AccentColour.parse("#0B4F8A").hex()).isEqualTo("#0b4f8a");
        assertThat(AccentColour.parse(" 0b4f8a ").hex()).isEqualTo("#0b4f8a");
        assertThat(AccentColour.parse("＃０Ｂ４Ｆ８Ａ").hex()).isEqualTo("#0b4f8a");
        assertThat(AccentColour.parse("#036").hex()).isEqualTo("#003366");
    }

    @Test
    void refusesWhatIsNotAColour() {
        assertThatThrownBy(() -> AccentColour.parse("blue")).hasMessage("色は #0b4f8a のように、# と16進数6桁（または3桁）で入力してください。");
        assertThatThrownBy(() -> AccentColour.parse("#12345")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAColourWhiteTextCannotBeReadOn() {
        // yellow: 1.5:1 with white
        assertThatThrownBy(() -> AccentColour.parse("#ffcc00")).hasMessageContaining("明るさの比が1.5:1で、4.5:1以上が必要です");
        // #767676 is the lightest grey with 4.5:1 on white; #777777 is just below
        assertThat(AccentColour.parse("#767676").contrastWithWhite()).isGreaterThanOrEqualTo(4.5);
        assertThatThrownBy(() -> AccentColour.parse("#777777")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AccentColour.parse("#0b4f8a").contrastWithWhite()).isGreaterThan(8);
    }

    @Test
    void theDarkerShadeKeepsTheContrast() {
        AccentColour colour = AccentColour.parse("#767676");
        assertThat(colour.darker()).isEqualTo("#585858");
        assertThat(new AccentColour(colour.darker()).contrastWithWhite()).isGreaterThan(colour.contrastWithWhite());
    }

    @Test
    void aLogoIsAnImageRecognisedByItsBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};
        assertThat(LogoImage.of(png).contentType()).isEqualTo("image/png");
        assertThat(LogoImage.of(png).sha256()).hasSize(64);
        assertThatThrownBy(() ->
                        LogoImage.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("PNG・JPEG・GIF・WebP の画像ファイルを選んでください（SVGなどは使えません）。");
        assertThatThrownBy(() -> LogoImage.of(new byte[LogoImage.MAX_BYTES + 1]))
                .hasMessage("画像が大きすぎます。256KB以下にしてください。");
        assertThatThrownBy(() -> LogoImage.of(new byte[0])).hasMessage("ファイルが空です。画像ファイルを選んでください。");
    }
}
