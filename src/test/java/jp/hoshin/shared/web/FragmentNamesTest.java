package jp.hoshin.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ~{file :: name(…)}} selects the fragment called {@code name} and every {@code <name>} element of the file as
 * well. A fragment named like an HTML element must therefore not share its file with such elements: when
 * {@code fragments/forms.html}, whose fragment {@code input} draws most form fields, got a password field, every field
 * drawn with it was followed by a required, empty password input of the same name, and the forms could not be sent.
 */
class FragmentNamesTest {

    private static final Path FRAGMENTS = Path.of("src/main/resources/templates/fragments");

    @Test
    void noFragmentSharesItsFileWithElementsOfItsName() throws IOException {
        List<String> clashes = new ArrayList<>();
        try (Stream<Path> files = Files.list(FRAGMENTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(Files.readString(file));
                for (Element fragment : html.select("[th:fragment]")) {
                    String name =
                            fragment.attr("th:fragment").replaceAll("\\(.*", "").strip();
                    // its own element and what it holds are the fragment; any other such element is selected too
                    for (Element same : html.getElementsByTag(name)) {
                        if (same != fragment && !fragment.getAllElements().contains(same)) {
                            clashes.add(file.getFileName() + ": fragment " + name + " beside a <" + name + "> element");
                        }
                    }
                }
            }
        }
        assertThat(clashes).isEmpty();
    }
}
