package jp.hoshin.site.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A compiled page's bytes: the templates' UTF-8 text and what they fill in, in order, however long the page grows. */
class PageBytesTest {

    @Test
    void textAndFilledInValuesAreOneUtf8PageOfTheirLength() throws Exception {
        PageBytes page = new PageBytes(0);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            page.writeBinaryContent("<td>令和".getBytes(StandardCharsets.UTF_8));
            page.writeContent("6（2024）年度 " + i);
            page.writeContent("xx部長目標yy", 2, 8);
            expected.append("<td>令和6（2024）年度 ").append(i).append("部長目標yy");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.writeTo(out);
        byte[] bytes = expected.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(page.length()).isEqualTo(bytes.length).isGreaterThan(256);
        assertThat(out.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void everyCharacterIsTheUtf8JavaMakesOfIt() throws Exception {
        // one, two, three and four bytes (𠮷 is a surrogate pair), a lone surrogate at either end and in a range's cut
        String text = "a~\u00e9\u07ff\u0800髙橋（ｶﾅ）\uffff𠮷野家\ud842x\udfb7";
        PageBytes page = new PageBytes(0);
        page.writeContent(text);
        page.writeContent(text, 1, 13); // ends between the two halves of 𠮷: its high half alone
        page.writeContent(text, 13, text.length()); // and begins with its low half alone
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.writeTo(out);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (String piece : new String[] {text, text.substring(1, 13), text.substring(13)}) {
            expected.write(piece.getBytes(StandardCharsets.UTF_8)); // each piece on its own, as the page gets it
        }
        assertThat(out.toByteArray()).isEqualTo(expected.toByteArray());
    }
}
