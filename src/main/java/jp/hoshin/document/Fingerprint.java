package jp.hoshin.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint under which an issued document is kept ({@link IssuedDocuments#issue}): SHA-256 of the data it shows and
 * of the template it is rendered with, so that a change to either issues a new copy and every instance serves the same one.
 */
public final class Fingerprint {

    private Fingerprint() {}

    /** SHA-256 of the text (UTF-8), in hex. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of the bytes, in hex. */
    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint of a Thymeleaf template's source ({@code pdf/plan-booklet} → templates/pdf/plan-booklet.html). */
    public static String ofTemplate(String template) {
        try (InputStream in =
                Fingerprint.class.getClassLoader().getResourceAsStream("templates/" + template + ".html")) {
            if (in == null) {
                throw new IllegalStateException("no template " + template);
            }
            return of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
