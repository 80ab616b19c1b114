package jp.hoshin.municipality;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * A logo as uploaded, checked: a PNG, JPEG, GIF or WebP image (recognised by its first bytes, not by its name) of at
 * most {@link #MAX_BYTES}. SVG is refused: it may carry script.
 */
public record LogoImage(String contentType, byte[] bytes, String sha256) {

    public static final int MAX_BYTES = 256 * 1024;

    /** Checks an upload; a refusal says in Japanese what is wrong. */
    public static LogoImage of(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException(Messages.get("municipality.branding.logo.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    Messages.get("municipality.branding.logo.tooLarge", String.valueOf(MAX_BYTES / 1024)));
        }
        String type = typeOf(bytes);
        if (type == null) {
            throw new IllegalArgumentException(Messages.get("municipality.branding.logo.type"));
        }
        return new LogoImage(type, bytes.clone(), sha256(bytes));
    }

    private static @Nullable String typeOf(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
            return "image/png";
        }
        if (starts(b, 0xff, 0xd8, 0xff)) {
            return "image/jpeg";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (b.length > 12
                && starts(b, 'R', 'I', 'F', 'F')
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
