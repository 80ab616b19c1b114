package jp.hoshin.municipality;

import java.util.Locale;
import java.util.regex.Pattern;

import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;

/**
 * The accent colour of a municipality's public pages ({@code #rrggbb}): the header's background behind white text and
 * the colour of links on white. Refused unless white on it (and it on white) reaches the WCAG 2.1 AA contrast of 4.5:1.
 */
public record AccentColour(String hex) {

    /** WCAG 2.1 AA for normal text. */
    public static final double MINIMUM_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#?([0-9a-f]{6}|[0-9a-f]{3})");

    public AccentColour {
        if (!hex.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException(Messages.get("municipality.branding.colour.format"));
        }
        double contrast = contrastWithWhite(hex);
        if (contrast < MINIMUM_CONTRAST) {
            throw new IllegalArgumentException(Messages.get(
                    "municipality.branding.colour.contrast", String.format(Locale.ROOT, "%.1f", contrast)));
        }
    }

    /** Reads what was typed: {@code #0B4F8A}, {@code 0b4f8a}, {@code #04a}, full-width alike. */
    public static AccentColour parse(String typed) {
        String text = JapaneseText.fold(typed).strip().toLowerCase(Locale.ROOT);
        if (!HEX.matcher(text).matches()) {
            throw new IllegalArgumentException(Messages.get("municipality.branding.colour.format"));
        }
        String digits = text.startsWith("#") ? text.substring(1) : text;
        if (digits.length() == 3) {
            StringBuilder six = new StringBuilder();
            for (char c : digits.toCharArray()) {
                six.append(c).append(c);
            }
            digits = six.toString();
        }
        return new AccentColour("#" + digits);
    }

    /** The contrast ratio of white text on this colour (WCAG 2.1 relative luminance). */
    public double contrastWithWhite() {
        return contrastWithWhite(hex);
    }

    /** A darker shade for hover and borders: each channel three quarters as bright (contrast only grows). */
    public String darker() {
        StringBuilder out = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            int channel = Integer.parseInt(hex.substring(i, i + 2), 16);
            out.append(String.format(Locale.ROOT, "%02x", channel * 3 / 4));
        }
        return out.toString();
    }

    private static double contrastWithWhite(String hex) {
        double luminance = 0.2126 * linear(hex, 1) + 0.7152 * linear(hex, 3) + 0.0722 * linear(hex, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
