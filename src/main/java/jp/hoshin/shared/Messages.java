package jp.hoshin.shared;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User-facing text from {@code messages.properties} for code that runs outside a web request (imports, domain
 * rules): the same file the pages read through Spring's {@code MessageSource}. Arguments are formatted with
 * {@link MessageFormat} as Spring does ({0}, {1} …); a message without arguments is returned as written.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.ROOT);

    private Messages() {}

    /** The text of {@code key}; a missing key is a programming error and fails loudly. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("messages.properties has no key " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[args.length];
        boolean dates = false;
        for (int i = 0; i < args.length; i++) {
            // numbers as written (12345, not 12,345), like every other number in an import message
            plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
            dates |= args[i] instanceof Date;
        }
        Template template =
                dates ? null : COMPILED.computeIfAbsent(pattern, Template::of).orElse(null);
        return template != null ? template.format(plain) : new MessageFormat(pattern, Locale.JAPAN).format(plain);
    }

    /** The patterns read so far, each with its template, or empty if {@link MessageFormat} must read it. */
    private static final Map<String, Optional<Template>> COMPILED = new ConcurrentHashMap<>();

    /**
     * A pattern of plain text and {@code {n}} only, split once: what {@link MessageFormat} would make of it, without
     * parsing it again for each text. A plan's page formats a judgement's text for each of its indicators, and the
     * parsing was 5 % of the page's CPU (issue 19). A pattern with a quote or a formatted argument ({@code {0,number}})
     * is left to {@link MessageFormat}.
     */
    record Template(List<String> texts, int[] arguments) {

        static Optional<Template> of(String pattern) {
            List<String> texts = new ArrayList<>();
            List<Integer> arguments = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\'' || c == '}') {
                    return Optional.empty();
                }
                if (c != '{') {
                    text.append(c);
                    continue;
                }
                int end = pattern.indexOf('}', i);
                if (end < 0 || end == i + 1 || end - i > 4) {
                    return Optional.empty();
                }
                for (int d = i + 1; d < end; d++) {
                    if (pattern.charAt(d) < '0' || pattern.charAt(d) > '9') {
                        return Optional.empty();
                    }
                }
                texts.add(text.toString());
                text.setLength(0);
                arguments.add(Integer.parseInt(pattern, i + 1, end, 10));
                i = end;
            }
            texts.add(text.toString());
            return Optional.of(new Template(
                    List.copyOf(texts),
                    arguments.stream().mapToInt(Integer::intValue).toArray()));
        }

        /** As {@link MessageFormat#format}: an argument as its text, {@code null} as "null", a missing one as written. */
        String format(Object[] args) {
            StringBuilder out = new StringBuilder(texts.getFirst());
            for (int i = 0; i < arguments.length; i++) {
                int n = arguments[i];
                if (n < args.length) {
                    out.append(args[n]);
                } else {
                    out.append('{').append(n).append('}');
                }
                out.append(texts.get(i + 1));
            }
            return out.toString();
        }
    }
}
