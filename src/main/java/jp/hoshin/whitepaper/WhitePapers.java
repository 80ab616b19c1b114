package jp.hoshin.whitepaper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.document.IssuedDocument;
import jp.hoshin.document.IssuedDocuments;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.PolicyPlanKind;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The white papers of a municipality: the planning section writes the front matter and chooses the
 * chapters, checks a proof (PDF and pages, rendered from the current data each time), and publishes an
 * edition — the PDF and the HTML pages are then kept as issued, and a later edition leaves them as they were.
 */
@Service
public class WhitePapers {

    /** The version a writer of a white paper not saved yet sends. */
    public static final long NEW_PAPER = -1;

    private final Municipalities municipalities;
    private final PolicyPlans plans;
    private final WhitePaperRepository papers;
    private final WhitePaperEditionRepository editions;
    private final WhitePaperAssembly assembly;
    private final WhitePaperDocuments documents;
    private final IssuedDocuments issued;
    private final Clock clock;

    WhitePapers(
            Municipalities municipalities,
            PolicyPlans plans,
            WhitePaperRepository papers,
            WhitePaperEditionRepository editions,
            WhitePaperAssembly assembly,
            WhitePaperDocuments documents,
            IssuedDocuments issued,
            Clock clock) {
        this.municipalities = municipalities;
        this.plans = plans;
        this.papers = papers;
        this.editions = editions;
        this.assembly = assembly;
        this.documents = documents;
        this.issued = issued;
        this.clock = clock;
    }

    /** A white paper's settings: saved ones (version ≥ 0) or, before the first save, a suggestion from the data. */
    public record Settings(
            long version, FrontMatter front, ChapterChoice chapters, List<PlanRow> plans, List<EditionView> editions) {

        public boolean saved() {
            return version != NEW_PAPER;
        }

        public List<PlanRow> plansOf(PolicyPlanKind kind) {
            return plans.stream().filter(p -> p.kind() == kind).toList();
        }
    }

    @Transactional(readOnly = true)
    public Settings settings(String municipalityCode, int year) {
        MunicipalityView m = municipalities.get(municipalityCode);
        List<PlanRow> all = plans.plans(m.code());
        Optional<WhitePaper> paper = papers.findByMunicipalityIdAndFiscalYear(m.id(), year);
        if (paper.isPresent()) {
            return new Settings(
                    paper.get().version(), paper.get().front(), paper.get().chapters(), all, editionsOf(paper.get()));
        }
        return new Settings(
                NEW_PAPER,
                new FrontMatter(Messages.get("whitePaper.defaultTitle"), null, null, null, null, null, null, null),
                suggestion(m.code(), year, all),
                all,
                List.of());
    }

    /** Saves the front matter and chapter choice; {@code editedVersion} is the one the writer read ({@link #NEW_PAPER} at first). */
    @Transactional
    public void save(String municipalityCode, int year, long editedVersion, FrontMatter front, ChapterChoice chapters) {
        MunicipalityView m = municipalities.get(municipalityCode);
        checkYear(year);
        checkChoice(m.code(), chapters);
        Optional<WhitePaper> existing = papers.findByMunicipalityIdAndFiscalYear(m.id(), year);
        if (existing.isEmpty()) {
            if (editedVersion != NEW_PAPER) {
                throw new ConcurrentEditException();
            }
            papers.saveAndFlush(new WhitePaper(m.id(), year, front, chapters));
            return;
        }
        ConcurrentEditException.check(editedVersion, existing.get().version());
        existing.get().revise(front, chapters);
        papers.flush();
    }

    /** The paper as it would be published now (the planning section's proof). */
    @Transactional(readOnly = true)
    public WhitePaperContent content(String municipalityCode, int year) {
        MunicipalityView m = municipalities.get(municipalityCode);
        WhitePaper paper = saved(m, year);
        LocalDate issuedOn = paper.front().issuedOn() != null
                ? paper.front().issuedOn()
                : LocalDate.now(clock.withZone(FiscalYear.JAPAN));
        return assembly.assemble(m, FiscalYear.of(year), paper.front(), paper.chapters(), month(issuedOn));
    }

    /** The proof PDF, marked 確認用 on every page, rendered from the current data and never stored. */
    public byte[] proofPdf(String municipalityCode, int year) {
        return documents.pdf(content(municipalityCode, year), true);
    }

    /** A proof page: the chapter's heading (none for the front page) and the page's HTML. */
    public record ProofPage(@Nullable String chapterHeading, String html) {}

    /** A proof page (front page or chapter), rendered from the current data. */
    public ProofPage proofPage(String municipalityCode, int year, String pageId) {
        String base = "/staff/m/" + municipalityCode + "/" + year + "/white-paper/proof";
        WhitePaperContent content = content(municipalityCode, year);
        String heading = content.chapters().stream()
                .filter(c -> c.id().equals(pageId))
                .map(WhitePaperContent.Chapter::heading)
                .findFirst()
                .orElse(null);
        return new ProofPage(heading, documents.page(content, pageId, base, base + ".pdf"));
    }

    /**
     * The characters of the paper that the PDF's font cannot show, with where they occur (a typing or scanning
     * error in the data, usually): the planning section corrects them before publishing.
     */
    public List<String> unsupportedCharacters(String municipalityCode, int year) {
        WhitePaperContent content = content(municipalityCode, year);
        StringBuilder text = new StringBuilder();
        text.append(documents.page(content, WhitePaperDocuments.FRONT_PAGE, "", ""));
        content.chapters().forEach(c -> text.append(documents.page(content, c.id(), "", "")));
        return documents.unsupportedCharacters(
                text.toString().replaceAll("<svg[\\s\\S]*?</svg>", "").replaceAll("<[^>]+>", " "));
    }

    /**
     * Publishes the next edition: renders the PDF and every page from the data as it is now and keeps them
     * as issued. A second or later edition (改訂版) needs the reason, which the public pages show.
     */
    @Transactional
    public EditionView publish(String municipalityCode, int year, @Nullable String note, String publishedBy) {
        MunicipalityView m = municipalities.get(municipalityCode);
        WhitePaper paper =
                papers.lockByMunicipalityIdAndFiscalYear(m.id(), year).orElseGet(() -> saved(m, year));
        List<WhitePaperEdition> earlier = editions.findByWhitePaperIdOrderByNumber(paper.id());
        String reason = FrontMatter.blankToNull(note);
        if (!earlier.isEmpty() && reason == null) {
            throw new BusinessRuleException(Messages.get("whitePaper.revisionReason.required"));
        }
        int number = earlier.size() + 1;
        WhitePaperContent content = content(m.code(), year);
        String prefix = prefix(m.code(), year, number);
        issued.keep(prefix + ".pdf", "application/pdf", documents.pdf(content, false));
        String base = "/m/" + m.code() + "/" + year + "/white-paper";
        String pdfHref = base + "/editions/" + number + ".pdf";
        issued.keep(
                prefix + "/" + WhitePaperDocuments.FRONT_PAGE + ".html",
                "text/html",
                bytes(documents.page(content, WhitePaperDocuments.FRONT_PAGE, base, pdfHref)));
        for (WhitePaperContent.Chapter chapter : content.chapters()) {
            issued.keep(
                    prefix + "/" + chapter.id() + ".html",
                    "text/html",
                    bytes(documents.page(content, chapter.id(), base, pdfHref)));
        }
        String chapters = content.chapters().stream()
                .map(c -> c.id() + "\t" + c.heading())
                .collect(Collectors.joining("\n"));
        LocalDate issuedOn = paper.front().issuedOn() != null
                ? paper.front().issuedOn()
                : LocalDate.now(clock.withZone(FiscalYear.JAPAN));
        WhitePaperEdition edition = editions.saveAndFlush(
                new WhitePaperEdition(paper.id(), number, issuedOn, Instant.now(clock), publishedBy, reason, chapters));
        return edition.view();
    }

    /** The published editions of a year, oldest first (empty when none is published). */
    @Transactional(readOnly = true)
    public List<EditionView> editions(String municipalityCode, int year) {
        MunicipalityView m = municipalities.get(municipalityCode);
        return papers.findByMunicipalityIdAndFiscalYear(m.id(), year)
                .map(this::editionsOf)
                .orElse(List.of());
    }

    /** A published white paper of some year: the year, its title and its latest edition. */
    public record Published(int fiscalYear, String title, EditionView latest) {}

    /** Every year's published white paper, newest year first. */
    @Transactional(readOnly = true)
    public List<Published> published(String municipalityCode) {
        MunicipalityView m = municipalities.get(municipalityCode);
        return papers.findByMunicipalityIdOrderByFiscalYearDesc(m.id()).stream()
                .flatMap(
                        p -> editionsOf(p).stream()
                                .reduce((a, b) -> b)
                                .map(e ->
                                        new Published(p.fiscalYear(), p.front().title(), e))
                                .stream())
                .toList();
    }

    /** A year's white paper as the planning section's list shows it: saved yet, how many editions. */
    public record YearLine(int fiscalYear, @Nullable String title, int editions) {}

    /** The years of the last decade and every year with a saved white paper, newest first. */
    @Transactional(readOnly = true)
    public List<YearLine> years(String municipalityCode) {
        MunicipalityView m = municipalities.get(municipalityCode);
        Map<Integer, YearLine> lines = new TreeMap<>(Comparator.reverseOrder());
        int current = FiscalYear.containing(LocalDate.now(clock.withZone(FiscalYear.JAPAN)))
                .startYear();
        for (int y = current; y > current - 10; y--) {
            lines.put(y, new YearLine(y, null, 0));
        }
        for (WhitePaper p : papers.findByMunicipalityIdOrderByFiscalYearDesc(m.id())) {
            lines.put(
                    p.fiscalYear(),
                    new YearLine(
                            p.fiscalYear(), p.front().title(), editionsOf(p).size()));
        }
        return List.copyOf(lines.values());
    }

    /** The PDF of a published edition, as issued. */
    public IssuedDocument editionPdf(String municipalityCode, int year, int number) {
        return issued.find(prefix(municipalities.get(municipalityCode).code(), year, number) + ".pdf")
                .orElseThrow(() -> new NotFoundException(Messages.get(
                        "whitePaper.noSuchEdition", FiscalYear.of(year).label(), number)));
    }

    /** A page of a published edition (front page or chapter), as issued. */
    public String editionPage(String municipalityCode, int year, int number, String pageId) {
        return issued.find(prefix(municipalities.get(municipalityCode).code(), year, number) + "/" + pageId + ".html")
                .map(d -> new String(d.content(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new NotFoundException(Messages.get("whitePaper.noSuchPage")));
    }

    private List<EditionView> editionsOf(WhitePaper paper) {
        return editions.findByWhitePaperIdOrderByNumber(paper.id()).stream()
                .map(WhitePaperEdition::view)
                .toList();
    }

    private WhitePaper saved(MunicipalityView m, int year) {
        return papers.findByMunicipalityIdAndFiscalYear(m.id(), year)
                .orElseThrow(() -> new NotFoundException(Messages.get(
                        "whitePaper.notCreated", FiscalYear.of(year).label())));
    }

    /** The plans in effect in the year (the latest when none covers it); department results when any are published. */
    private ChapterChoice suggestion(String code, int year, List<PlanRow> all) {
        boolean results = assembly.publishedPlans(code, year).stream()
                .anyMatch(p -> p.plan().resultStatus() == PlanStatus.PUBLISHED);
        return new ChapterChoice(
                inEffect(all, PolicyPlanKind.BASIC_PLAN, year),
                inEffect(all, PolicyPlanKind.STRATEGY, year),
                inEffect(all, PolicyPlanKind.REFORM, year),
                results,
                null,
                null,
                null);
    }

    private static @Nullable String inEffect(List<PlanRow> all, PolicyPlanKind kind, int year) {
        List<PlanRow> ofKind = all.stream().filter(p -> p.kind() == kind).toList();
        return ofKind.stream()
                .filter(p ->
                        p.startYear() != null && p.endYear() != null && p.startYear() <= year && year <= p.endYear())
                .findFirst()
                .or(() -> ofKind.stream().reduce((a, b) -> b))
                .map(PlanRow::key)
                .orElse(null);
    }

    private void checkChoice(String code, ChapterChoice chapters) {
        List<PlanRow> all = plans.plans(code);
        check(all, chapters.basicPlanKey(), PolicyPlanKind.BASIC_PLAN);
        check(all, chapters.strategyKey(), PolicyPlanKind.STRATEGY);
        check(all, chapters.actionPlanKey(), PolicyPlanKind.REFORM);
    }

    private static void check(List<PlanRow> all, @Nullable String key, PolicyPlanKind kind) {
        if (key != null && all.stream().noneMatch(p -> p.key().equals(key) && p.kind() == kind)) {
            throw new IllegalArgumentException(Messages.get("whitePaper.notAPlanOfKind", key, kind.label()));
        }
    }

    private static void checkYear(int year) {
        if (year < 1989 || year > 2100) {
            throw new IllegalArgumentException(Messages.get("whitePaper.year.invalid"));
        }
    }

    /** 令和3（2021）年7月 — a white paper gives the month of issue. */
    static String month(LocalDate date) {
        String day = JapaneseDates.format(date);
        return day.substring(0, day.indexOf('月') + 1);
    }

    private static String prefix(String code, int year, int number) {
        return "white-paper/" + code + "/" + year + "/" + number;
    }

    private static byte[] bytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
