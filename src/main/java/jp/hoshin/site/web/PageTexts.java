package jp.hoshin.site.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;

/**
 * The texts of {@code messages.properties} as the compiled pages ask for them. A text without arguments is what the
 * {@link MessageSource} answers for its code and locale, the same on every request (the bundle is read once and never
 * reloaded), so it is looked up once and remembered: the source's lookup (its bundles, the locale's fallbacks) took
 * 5–6 % of a public page's CPU, a page asking for the same column headings once per department (issue 19). A text with
 * arguments is formatted by the source every time. At most {@code limit} texts are remembered, so requests with ever new
 * locales ({@code Accept-Language}) cannot fill the memory; past it, texts are looked up as before.
 */
final class PageTexts {

    private final MessageSource messages;
    private final int limit;
    private final Map<Key, String> remembered = new ConcurrentHashMap<>();

    PageTexts(MessageSource messages, int limit) {
        this.messages = messages;
        this.limit = limit;
    }

    /** The text of {@code code} with its arguments; a code the source does not have fails as the source fails. */
    String text(String code, Object[] args, Locale locale) {
        if (args.length > 0) {
            return messages.getMessage(code, args, locale);
        }
        Key key = new Key(locale, code);
        String text = remembered.get(key);
        if (text != null) {
            return text;
        }
        text = messages.getMessage(code, null, locale);
        if (remembered.size() < limit) {
            remembered.putIfAbsent(key, text);
        }
        return text;
    }

    /** How many texts are remembered. */
    int size() {
        return remembered.size();
    }

    private record Key(Locale locale, String code) {}
}
