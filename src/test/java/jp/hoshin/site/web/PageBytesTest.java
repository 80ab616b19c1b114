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
}
