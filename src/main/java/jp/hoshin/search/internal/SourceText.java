package jp.hoshin.search.internal;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Text for the index: parts joined a line each, and the text of a page's HTML. */
final class SourceText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

    private SourceText() {}

    /** The parts that have text, a line each. */
    static String join(@Nullable String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!b.isEmpty()) {
                    b.append('\n');
                }
                b.append(part.strip());
            }
        }
        return b.toString();
    }

    /** The text of a page's HTML: tags dropped, entities read, white space tidied. */
    static String textOf(String html) {
        String text = TAG.matcher(html.replaceAll("(?i)<(br|/p|/li|/tr|/h[1-6]|/div|/td|/th)[^>]*>", "$0\n"))
                .replaceAll("");
        text = text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&");
        text = SPACE.matcher(text).replaceAll(" ");
        return BLANK_LINES.matcher(text).replaceAll("\n").strip();
    }
}
