package jp.hoshin.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
        for (int i = 0; i < args.length; i++) {
            // numbers as written (12345, not 12,345), like every other number in an import message
            plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(pattern, Locale.JAPAN).format(plain);
    }
}
