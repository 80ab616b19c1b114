package jp.hoshin.shared.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text of the Thymeleaf templates comes from messages.properties: every message a template asks for is there, and no
 * template writes Japanese text of its own (in text or in the attributes a visitor reads or hears).
 */
class TemplateMessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Templates that still hold their own Japanese text (relative to templates/); empty when all text is in messages. */
    private static final Set<String> NOT_YET_MOVED = Set.of();

    /** Japanese scripts and the Japanese punctuation and full-width forms. */
    private static final Pattern JAPANESE =
            Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303f\\uff00-\\uffef]");

    /** #{key}, #{key(…)} and #messages.msg('key') / msgOrNull('key') with a literal key. */
    private static final Pattern MESSAGE_USE =
            Pattern.compile("#\\{([\\w.-]+)(\\()?|#messages\\.msg(?:OrNull)?\\('([\\w.-]+)'\\s*[,)]");

    /** Attributes whose text is shown, read out or asked as a question. */
    private static final Set<String> TEXT_ATTRIBUTES =
            Set.of("title", "aria-label", "placeholder", "alt", "data-confirm", "content", "label");

    /** Thymeleaf attributes that replace the content of their element, so its text is only the static prototype. */
    private static final Set<String> CONTENT_REPLACED =
            Set.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert");

    @Test
    void everyMessageATemplateAsksForIsInMessagesProperties() throws IOException {
        Properties messages = messages();
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> badPatterns = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE_USE.matcher(Files.readString(template));
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(3);
                String value = messages.getProperty(key);
                if (value == null) {
                    missing.add(key + " (" + name(template) + ")");
                } else if (m.group(2) != null) {
                    try {
                        new MessageFormat(value);
                    } catch (IllegalArgumentException e) {
                        badPatterns.add(key + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(missing).as("messages the templates ask for").isEmpty();
        assertThat(badPatterns)
                .as("messages with arguments that MessageFormat cannot read")
                .isEmpty();
    }

    /** The compiled templates (src/main/jte) ask for their text as {@code page.msg("key", …)}. */
    private static final Path COMPILED_TEMPLATES = Path.of("src/main/jte");

    private static final Pattern COMPILED_MESSAGE_USE = Pattern.compile("page\\.msg\\(\"([\\w.-]+)\"");

    @Test
    void compiledTemplatesAskOnlyForMessagesThatExistAndWriteNoJapaneseOfTheirOwn() throws IOException {
        Properties messages = messages();
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> japanese = new TreeSet<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(COMPILED_TEMPLATES)) {
            templates = files.filter(f -> f.toString().endsWith(".jte")).toList();
        }
        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            String text = Files.readString(template);
            Matcher m = COMPILED_MESSAGE_USE.matcher(text);
            while (m.find()) {
                if (messages.getProperty(m.group(1)) == null) {
                    missing.add(m.group(1) + " (" + COMPILED_TEMPLATES.relativize(template) + ")");
                }
            }
            text.lines()
                    .filter(line -> JAPANESE.matcher(line).find())
                    .forEach(line -> japanese.add(COMPILED_TEMPLATES.relativize(template) + ": " + line.strip()));
        }
        assertThat(missing).as("messages the compiled templates ask for").isEmpty();
        assertThat(japanese)
                .as("Japanese text written in compiled templates instead of messages.properties")
                .isEmpty();
    }

    @Test
    void templatesHoldNoJapaneseTextOfTheirOwn() throws IOException {
        TreeSet<String> found = new TreeSet<>();
        for (Path template : templates()) {
            if (NOT_YET_MOVED.contains(name(template))) {
                continue;
            }
            Document page = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    if (TEXT_ATTRIBUTES.contains(attribute.getKey())
                            && JAPANESE.matcher(attribute.getValue()).find()) {
                        found.add(name(template) + ": " + element.tagName() + " @" + attribute.getKey() + "=\""
                                + attribute.getValue() + "\"");
                    }
                }
                if (element.tagName().equals("bookmark")
                        && JAPANESE.matcher(element.attr("name")).find()) {
                    found.add(name(template) + ": bookmark @name=\"" + element.attr("name") + "\"");
                }
                if (replacedByThymeleaf(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (JAPANESE.matcher(text.getWholeText()).find()) {
                        found.add(name(template) + ": <" + element.tagName() + "> \""
                                + text.getWholeText().strip() + "\"");
                    }
                }
            }
        }
        assertThat(found)
                .as("Japanese text written in templates instead of messages.properties")
                .isEmpty();
    }

    @Test
    void theAllowListNamesOnlyTemplatesThatExist() throws IOException {
        List<String> names =
                templates().stream().map(TemplateMessagesTest::name).toList();
        assertThat(names).containsAll(NOT_YET_MOVED);
    }

    /** The element's content is replaced when the page is rendered (on itself or an ancestor below the page layout). */
    private static boolean replacedByThymeleaf(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.tagName().equals("html")) {
                return false; // the page's th:replace wraps it in the layout and keeps its content
            }
            for (String attribute : CONTENT_REPLACED) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
            String remove = e.attr("th:remove");
            if (remove.equals("all") || remove.equals("body") || remove.equals("all-but-first")) {
                return true;
            }
        }
        return false;
    }

    private static Properties messages() throws IOException {
        Properties messages = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static String name(Path template) {
        return TEMPLATES.relativize(template).toString().replace('\\', '/');
    }
}
