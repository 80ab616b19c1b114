package jp.hoshin.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text in code comes from messages.properties: every key the code asks for is there, and arguments are filled in. */
class MessagesTest {

    @Test
    void argumentsAreFilledInAndNumbersAreWrittenPlainly() {
        assertThat(Messages.get("exchange.wholeNumber", "番号", 1, 12345))
                .isEqualTo("番号は1から12345までの整数で入力してください（全角数字・桁区切りのカンマも使えます）。");
        assertThat(Messages.get("exchange.formula")).isEqualTo("数式は使えません。計算した結果を「値として貼り付け」てください。");
    }

    @Test
    void everyMessageIsFilledInAsMessageFormatFillsIt() {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.ROOT);
        int compiled = 0;
        for (String key : Collections.list(bundle.getKeys())) {
            String pattern = bundle.getString(key);
            // more arguments than a pattern asks for, fewer, a null and text with braces and quotes in it
            for (Object[] args : List.<Object[]>of(
                    new Object[] {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"},
                    new Object[] {"{0}", "'引用'"},
                    new Object[] {null})) {
                assertThat(Messages.get(key, args))
                        .as("%s with %s", key, Arrays.toString(args))
                        .isEqualTo(new MessageFormat(pattern, Locale.JAPAN).format(args));
            }
            if (Messages.Template.of(pattern).isPresent()) {
                compiled++;
            }
        }
        assertThat(compiled).as("patterns split once").isGreaterThan(100);
        // a quote, a formatted argument, a lone brace: left to MessageFormat
        assertThat(Messages.Template.of("'{0}' は{0}")).isEmpty();
        assertThat(Messages.Template.of("{0,number}件")).isEmpty();
        assertThat(Messages.Template.of("{0} }")).isEmpty();
        assertThat(Messages.Template.of("{0}から{1}まで").orElseThrow().format(new Object[] {"1", "9"}))
                .isEqualTo("1から9まで");
    }

    @Test
    void aMissingKeyFailsLoudly() {
        assertThatThrownBy(() -> Messages.get("no.such.key"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no.such.key");
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        // a second definition silently wins over the first in one reader and loses in another
        TreeSet<String> seen = new TreeSet<>();
        TreeSet<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/messages.properties"))) {
            int eq = line.indexOf('=');
            if (!line.isBlank()
                    && !line.startsWith("#")
                    && eq > 0
                    && !seen.add(line.substring(0, eq).strip())) {
                twice.add(line.substring(0, eq).strip());
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForIsInMessagesProperties() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("messages");
        Pattern use = Pattern.compile("Messages\\.get\\(\"([^\"]+)\"");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(file));
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
