package jp.hoshin.site.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import gg.jte.TemplateOutput;

/**
 * A compiled page's bytes, gathered before anything is sent: the templates' text is UTF-8 already (jte's
 * {@code binaryStaticContent}), and what they fill in is encoded here with {@link String#getBytes}. Written through the
 * servlet's writer instead, every character of a Japanese page went through Tomcat's charset encoder one by one, 8 % of
 * the department list's CPU (issue 19). Gathered whole, the page is sent with its length, and a template that fails half
 * way has sent nothing, so the error page can still be written.
 */
final class PageBytes implements TemplateOutput {

    private byte[] bytes;
    private int length;

    PageBytes(int expected) {
        bytes = new byte[Math.max(expected, 256)];
    }

    @Override
    public void writeContent(String value) {
        append(value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        writeContent(value.substring(beginIndex, endIndex));
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        append(value);
    }

    int length() {
        return length;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    private void append(byte[] value) {
        if (length + value.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + value.length));
        }
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
    }
}
