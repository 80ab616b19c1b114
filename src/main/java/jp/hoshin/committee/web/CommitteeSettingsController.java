package jp.hoshin.committee.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jp.hoshin.committee.CommitteeRatings;
import jp.hoshin.committee.Committees;
import jp.hoshin.committee.OpenRecommendations;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee across years (staff): the list of 提言 being followed with its CSV, the committees of each year, and
 * the municipality's list of ratings (the planning section's setting).
 */
@Controller
class CommitteeSettingsController {

    static final String LIST_VIEW = "staff/committee-recommendations";
    static final String RATINGS_VIEW = "staff/committee-ratings";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Committees committees;
    private final OpenRecommendations open;
    private final CommitteeRatings ratings;
    private final Access access;
    private final Clock clock;

    CommitteeSettingsController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Committees committees,
            OpenRecommendations open,
            CommitteeRatings ratings,
            Access access,
            Clock clock) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.committees = committees;
        this.open = open;
        this.ratings = ratings;
        this.access = access;
        this.clock = clock;
    }

    /** A fiscal year of the municipality and its committee's name (empty when it has none). */
    record YearLine(int year, String label, String committee, boolean published) {}

    @GetMapping("/staff/m/{code}/committee/recommendations")
    String list(@PathVariable String code, @RequestParam(required = false) @Nullable String state, Model model) {
        MunicipalityView m = municipalities.get(code);
        StaffReader reader = StaffReader.of(access, m.code());
        OpenRecommendations.Filter filter = OpenRecommendations.Filter.parse(state);
        int current = currentYear();
        model.addAttribute("municipality", m);
        model.addAttribute("filter", filter);
        model.addAttribute("filters", OpenRecommendations.Filter.values());
        model.addAttribute("currentLabel", FiscalYear.of(current).label());
        model.addAttribute("lines", lines(m.code(), reader, filter, current));
        model.addAttribute("limited", reader.limited());
        model.addAttribute("canEdit", reader.planning());
        List<YearLine> years = new ArrayList<>();
        for (FiscalYearView y : fiscalYears.list(m.code())) {
            int fy = y.year().startYear();
            var c = committees.find(m.code(), fy);
            years.add(new YearLine(
                    fy,
                    y.year().label(),
                    c.map(jp.hoshin.committee.CommitteeView::name).orElse(""),
                    c.map(jp.hoshin.committee.CommitteeView::published).orElse(false)));
        }
        model.addAttribute("years", years);
        return LIST_VIEW;
    }

    @GetMapping("/staff/m/{code}/committee/recommendations.csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @RequestParam(required = false) @Nullable String state) {
        MunicipalityView m = municipalities.get(code);
        StaffReader reader = StaffReader.of(access, m.code());
        OpenRecommendations.Filter filter = OpenRecommendations.Filter.parse(state);
        int current = currentYear();
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(
                Messages.get("committee.csv.id"),
                Messages.get("committee.csv.year"),
                Messages.get("committee.csv.measureId"),
                Messages.get("committee.csv.measure"),
                Messages.get("committee.csv.owner"),
                Messages.get("committee.csv.text"),
                Messages.get("committee.csv.answer"),
                Messages.get("committee.csv.state"),
                Messages.get("committee.csv.stateYear"),
                Messages.get("committee.csv.note"),
                Messages.get("committee.csv.age")));
        for (OpenRecommendations.Line l : lines(m.code(), reader, filter, current)) {
            rows.add(List.of(
                    l.recommendation().id(),
                    l.recommendation().fiscalYear(),
                    l.measure().id(),
                    l.measure().title(),
                    l.measure().owners(),
                    l.recommendation().text(),
                    l.recommendation().answer(),
                    l.stateLabel(),
                    l.stateYear() == null ? "" : l.stateYear(),
                    l.stateNote(),
                    l.age()));
        }
        return Downloads.csv("recommendations-" + m.code() + ".csv", rows);
    }

    @GetMapping("/staff/m/{code}/committee/ratings")
    String ratings(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        CommitteeRatings.Scale scale = ratings.scale(m.code());
        return showRatings(m, String.join("\n", scale.labels()), scale.version(), null, model);
    }

    @PostMapping("/staff/m/{code}/committee/ratings")
    String saveRatings(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String lines,
            @RequestParam long version,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        List<String> labels = JapaneseText.text(lines)
                .lines()
                .map(JapaneseText::text)
                .filter(l -> !l.isEmpty())
                .toList();
        try {
            ratings.save(m.code(), version, labels);
        } catch (BusinessRuleException | ConcurrentEditException e) {
            return showRatings(m, lines, version, e.getMessage(), model);
        }
        redirect.addFlashAttribute("flash", Messages.get("committee.flash.ratingsSaved"));
        return "redirect:/staff/m/" + m.code() + "/committee/ratings";
    }

    private String showRatings(MunicipalityView m, String lines, long version, @Nullable String error, Model model) {
        model.addAttribute("municipality", m);
        model.addAttribute("lines", lines);
        model.addAttribute("version", version);
        model.addAttribute("linesError", error);
        model.addAttribute("canEdit", access.canAdminister(m.code()));
        return RATINGS_VIEW;
    }

    private List<OpenRecommendations.Line> lines(
            String code, StaffReader reader, OpenRecommendations.Filter filter, int current) {
        List<OpenRecommendations.Line> all = open.list(code, current, filter, null);
        return reader.limited()
                ? all.stream().filter(l -> reader.reads(l.measure())).toList()
                : all;
    }

    private int currentYear() {
        return FiscalYear.containing(java.time.LocalDate.now(clock.withZone(FiscalYear.JAPAN)))
                .startYear();
    }
}
