package jp.hoshin.site.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

import gg.jte.TemplateOutput;

/**
 * A compiled page's bytes, gathered before anything is sent: the templates' text is UTF-8 already (jte's
 * {@code binaryStaticContent}), and what they fill in is encoded here, character by character into the page's array. Written through the
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
        writeContent(value, 0, value.length());
    }

    /**
     * The characters as UTF-8, straight into the page's bytes: no substring and no array of their own per value (a
     * Japanese page fills in hundreds). A lone surrogate becomes {@code ?}, as {@link String#getBytes} makes it.
     */
    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        reserve(3 * (endIndex - beginIndex)); // no character takes more than 3 bytes; a pair of them takes 4
        byte[] b = bytes;
        int at = length;
        for (int i = beginIndex; i < endIndex; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < endIndex
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int code = Character.toCodePoint(c, value.charAt(++i));
                b[at++] = (byte) (0xF0 | code >> 18);
                b[at++] = (byte) (0x80 | code >> 12 & 0x3F);
                b[at++] = (byte) (0x80 | code >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | code & 0x3F);
            } else {
                b[at++] = '?';
            }
        }
        length = at;
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
        reserve(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
    }

    private void reserve(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
