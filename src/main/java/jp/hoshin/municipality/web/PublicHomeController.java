package jp.hoshin.municipality.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.web.ReadOnlyPage;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The deployment's front page: the municipalities it serves, by prefecture, and a search by name. A deployment of a
 * few municipalities lists them all; a national one (1,741) lists the prefectures with their numbers, each leading to
 * its own page, so the front page stays the same size however many municipalities there are (issue 19: listing 1,743
 * made it six times slower than on the demo data).
 */
@Controller
@EnableConfigurationProperties(PublicHomeController.Settings.class)
class PublicHomeController {

    static final String VIEW = "site/home";
    static final String PREFECTURE_VIEW = "site/prefecture";

    /** At most this many municipalities found by name are shown. */
    static final int FOUND_LIMIT = 50;

    /**
     * {@code hoshin.home.*}: up to how many municipalities the front page lists them all ({@code list-all-up-to},
     * default 60); with more, it lists the prefectures.
     */
    @ConfigurationProperties("hoshin.home")
    record Settings(@DefaultValue("60") int listAllUpTo) {}

    /** A prefecture's municipalities under its name. */
    record PrefectureGroup(String prefecture, List<MunicipalityView> municipalities) {}

    private final Municipalities municipalities;
    private final Settings settings;

    PublicHomeController(Municipalities municipalities, Settings settings) {
        this.municipalities = municipalities;
        this.settings = settings;
    }

    @GetMapping("/")
    @ReadOnlyPage
    String home(@RequestParam(name = "q", required = false) @Nullable String words, Model model) {
        // a small deployment: one query for the list and its number; a large one: the prefectures' numbers add up
        Optional<List<MunicipalityView>> all = municipalities.allIfAtMost(settings.listAllUpTo());
        if (all.isPresent()) {
            model.addAttribute("count", (long) all.get().size());
            model.addAttribute("groups", byPrefecture(all.get()));
        } else {
            List<Municipalities.PrefectureCount> prefectures = municipalities.prefectures();
            model.addAttribute(
                    "count",
                    prefectures.stream()
                            .mapToLong(Municipalities.PrefectureCount::municipalities)
                            .sum());
            model.addAttribute("prefectures", prefectures);
        }
        if (words != null && !words.isBlank()) {
            List<MunicipalityView> found = municipalities.named(words, FOUND_LIMIT + 1);
            model.addAttribute("words", words.strip());
            model.addAttribute("found", found.size() > FOUND_LIMIT ? found.subList(0, FOUND_LIMIT) : found);
            model.addAttribute("foundMore", found.size() > FOUND_LIMIT);
        }
        return VIEW;
    }

    @GetMapping("/prefectures/{prefecture}")
    @ReadOnlyPage
    String prefecture(@PathVariable String prefecture, Model model) {
        List<MunicipalityView> in = municipalities.inPrefecture(prefecture);
        if (in.isEmpty()) {
            throw new NotFoundException(Messages.get("home.prefecture.none", prefecture));
        }
        model.addAttribute("prefecture", in.getFirst().prefecture());
        model.addAttribute("municipalities", in);
        return PREFECTURE_VIEW;
    }

    private static List<PrefectureGroup> byPrefecture(List<MunicipalityView> all) {
        Map<String, List<MunicipalityView>> groups = new LinkedHashMap<>();
        all.forEach(m ->
                groups.computeIfAbsent(m.prefecture(), p -> new ArrayList<>()).add(m));
        return groups.entrySet().stream()
                .map(e -> new PrefectureGroup(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }
}
