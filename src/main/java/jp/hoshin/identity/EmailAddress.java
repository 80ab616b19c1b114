package jp.hoshin.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * 電子メールアドレス — a staff member's address for notifications: full-width characters folded, at most 254 characters,
 * a local part of at most 64 (letters, digits and {@code .!#$%&'*+/=?^_`{|}~-}, no leading, trailing or double dot) and
 * a domain of at least two labels. The domain is kept in lower case. Never written to a log.
 */
public record EmailAddress(String value) {

    private static final Pattern LOCAL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    public EmailAddress {
        int at = value.lastIndexOf('@');
        if (value.length() > 254
                || at <= 0
                || at > 64
                || at == value.length() - 1
                || !LOCAL.matcher(value.substring(0, at)).matches()
                || !DOMAIN.matcher(value.substring(at + 1)).matches()) {
            throw new BusinessRuleException(Messages.get("account.email.invalid"));
        }
        value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** The address typed in a form (full-width folded, blank = none); refused with a Japanese message when invalid. */
    public static Optional<EmailAddress> parse(@Nullable String input) {
        String folded = JapaneseText.fold(input).strip();
        return folded.isEmpty() ? Optional.empty() : Optional.of(new EmailAddress(folded));
    }

    @Override
    public String toString() {
        return value;
    }
}
