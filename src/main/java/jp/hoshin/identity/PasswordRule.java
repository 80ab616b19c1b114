package jp.hoshin.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jp.hoshin.shared.BusinessRuleException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be (ASVS 2.1.1, 2.1.7): at least {@value #MIN_LENGTH} characters, at most 128, not one of
 * the 30,000 most common and breached passwords bundled with Hoshin ({@code security/common-passwords.txt}, also with
 * digits or symbols added at the end), not the user name, not one character or one short pattern repeated. No
 * composition rules. The list is read from the classpath; nothing is looked up on the internet.
 */
@Component
class PasswordRule {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;
    private final MessageSource messages;

    PasswordRule(MessageSource messages) {
        this.messages = messages;
        this.common = load();
    }

    /** Refuses the password with the reason in Japanese, or returns. */
    void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw refusal("password.rule.length", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw refusal("password.rule.maxLength", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            throw refusal("password.rule.common");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw refusal("password.rule.username");
        }
        if (repeatsAShortPattern(lower)) {
            throw refusal("password.rule.repetitive");
        }
    }

    boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        // "password2024!", "123456789012": a listed password with digits or symbols added at the end
        for (int end = lower.length() - 1; end >= 4; end--) {
            if (!isDigitOrSymbol(lower.charAt(end))) {
                break;
            }
            if (common.contains(lower.substring(0, end))) {
                return true;
            }
        }
        // "trustno1trustno1": a listed password twice
        int half = lower.length() / 2;
        return lower.length() % 2 == 0
                && lower.substring(0, half).equals(lower.substring(half))
                && common.contains(lower.substring(0, half));
    }

    private static boolean isDigitOrSymbol(char c) {
        return Character.isDigit(c) || (c < 128 && !Character.isLetter(c));
    }

    private static boolean repeatsAShortPattern(String lower) {
        for (int size = 1; size <= 4; size++) {
            String unit = lower.substring(0, size);
            if (unit.repeat(lower.length() / size + 1).startsWith(lower)) {
                return true;
            }
        }
        return false;
    }

    private BusinessRuleException refusal(String key, Object... arguments) {
        // about the new password: the forms name it newPassword (the new account's form: password)
        return BusinessRuleException.about(
                "newPassword", messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = new ClassPathResource("security/common-passwords.txt").getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("security/common-passwords.txt を読めませんでした", e);
        }
        return words;
    }
}
