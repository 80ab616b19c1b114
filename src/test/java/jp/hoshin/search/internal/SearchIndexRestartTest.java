package jp.hoshin.search.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.Organization;
import jp.hoshin.publiccomment.ConsultationStatus;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.OpinionView;
import jp.hoshin.publiccomment.Opinions;
import jp.hoshin.publiccomment.PersonalData;
import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchKind;
import jp.hoshin.search.SearchProperties;
import jp.hoshin.search.SearchRequest;
import jp.hoshin.search.SearchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The index over the demo data in the real database: kept across a restart (only the municipality whose content version
 * moved is read again), built again when unreadable; consultation results found by item without anything personal;
 * white paper hits that lead to a section of the chapter page.
 */
@SpringBootTest(properties = "hoshin.search.enabled=true")
@AutoConfigureMockMvc
class SearchIndexRestartTest {

    private static final String MITAKA = "132047";

    @TempDir
    Path dir;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    Organization organization;

    @Autowired
    List<SearchSource> sourceList;

    @Autowired
    Municipalities municipalities;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchProperties properties;

    @Autowired
    Consultations consultations;

    @Autowired
    Opinions opinions;

    @Autowired
    SearchSources sources;

    @Autowired
    MockMvc mvc;

    /** The municipalities whose documents were read. */
    private final List<String> read = new ArrayList<>();

    private SearchIndexer indexer(LuceneSearchIndex index) {
        SearchSources counting = new SearchSources(fiscalYears, organization, sourceList) {
            @Override
            public List<SearchDocument> documents(String code) {
                read.add(code);
                return super.documents(code);
            }
        };
        return new SearchIndexer(index, counting, municipalities, jdbc, properties);
    }

    private List<String> allCodes() {
        return municipalities.all().stream().map(MunicipalityView::code).toList();
    }

    private static List<String> urls(LuceneSearchIndex index, String q) {
        return index.search(SearchRequest.publicSearch(MITAKA, q)).hits().stream()
                .map(SearchResults.Hit::url)
                .toList();
    }

    @Test
    void aRestartKeepsTheIndexAndReadsOnlyTheMunicipalitiesThatChanged() throws Exception {
        try (LuceneSearchIndex first = LuceneSearchIndex.open(dir)) {
            SearchIndexer indexer = indexer(first);
            assertThat(indexer.sync()).containsExactlyInAnyOrderElementsOf(allCodes());
            assertThat(indexer.sync()).isEmpty();
            assertThat(indexer.upToDate(MITAKA)).isTrue();
            long chars = allCodes().stream()
                    .flatMap(c -> sources.documents(c).stream())
                    .mapToLong(d -> d.title().length() + d.body().length())
                    .sum();
            System.out.printf(
                    "search index on disk: %d documents of %d municipalities, %d characters of text, %d bytes"
                            + " (%.0f bytes a document, %.1f bytes a character)%n",
                    first.documentCount(),
                    allCodes().size(),
                    chars,
                    first.sizeInBytes(),
                    (double) first.sizeInBytes() / first.documentCount(),
                    (double) first.sizeInBytes() / chars);
        }
        read.clear();
        String other =
                allCodes().stream().filter(c -> !c.equals(MITAKA)).findFirst().orElseThrow();
        jdbc.queryForList("select bump_content_version(?)", other);
        try (LuceneSearchIndex second = LuceneSearchIndex.open(dir)) {
            // found at once, before the indexer has read anything
            assertThat(urls(second, "図書館")).isNotEmpty();
            SearchIndexer indexer = indexer(second);
            assertThat(indexer.upToDate(MITAKA)).isTrue();
            assertThat(indexer.upToDate(other)).isFalse();
            assertThat(indexer.sync()).containsExactly(other);
            assertThat(read).containsExactly(other);
        }
    }

    @Test
    void aMunicipalityStillBeingChangedWaitsForAPauseOrTheMaxDelay() throws Exception {
        long second = 1_000_000_000L;
        long maxDelay = properties.maxDelay().toNanos();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            SearchIndexer indexer = indexer(index);
            // a municipality not indexed yet is indexed at once
            assertThat(indexer.sync(0L)).containsExactlyInAnyOrderElementsOf(allCodes());
            read.clear();

            // one change, then a pause: indexed on the round after the change was seen
            jdbc.queryForList("select bump_content_version(?)", MITAKA);
            assertThat(indexer.sync(2 * second)).isEmpty();
            assertThat(indexer.upToDate(MITAKA)).isFalse();
            assertThat(indexer.sync(4 * second)).containsExactly(MITAKA);
            assertThat(indexer.upToDate(MITAKA)).isTrue();

            // changes on every round: indexed once max-delay has passed since the first was seen
            long t = 10 * second;
            jdbc.queryForList("select bump_content_version(?)", MITAKA);
            assertThat(indexer.sync(t)).isEmpty();
            jdbc.queryForList("select bump_content_version(?)", MITAKA);
            assertThat(indexer.sync(t + maxDelay - second)).isEmpty();
            jdbc.queryForList("select bump_content_version(?)", MITAKA);
            assertThat(indexer.sync(t + maxDelay)).containsExactly(MITAKA);
            assertThat(indexer.upToDate(MITAKA)).isTrue();

            // asked directly, nothing waits
            jdbc.queryForList("select bump_content_version(?)", MITAKA);
            assertThat(indexer.sync()).containsExactly(MITAKA);
            assertThat(read).containsExactly(MITAKA, MITAKA, MITAKA);
        }
    }

    @Test
    void aMissingOrUnreadableIndexIsBuiltAgainFromTheDatabase() throws Exception {
        try (LuceneSearchIndex first = LuceneSearchIndex.open(dir)) {
            indexer(first).sync();
        }
        try (Stream<Path> files = java.nio.file.Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                java.nio.file.Files.writeString(f, "not an index");
            }
        }
        read.clear();
        try (LuceneSearchIndex second = LuceneSearchIndex.open(dir)) {
            assertThat(second.search(SearchRequest.publicSearch(MITAKA, "図書館")).ready())
                    .isFalse();
            assertThat(indexer(second).sync()).containsExactlyInAnyOrderElementsOf(allCodes());
            assertThat(urls(second, "図書館")).isNotEmpty();
        }
    }

    @Test
    void consultationResultsAreFoundByItemWithNothingPersonal() throws Exception {
        ConsultationView done = consultations.publicConsultations(MITAKA).stream()
                .filter(c -> c.status() == ConsultationStatus.RESULTS_PUBLISHED)
                .findFirst()
                .orElseThrow();
        List<SearchDocument> docs = sources.documents(MITAKA);
        List<SearchDocument> items = docs.stream()
                .filter(d -> d.id().startsWith("opinion:" + done.id() + ":"))
                .toList();
        assertThat(items).hasSizeGreaterThanOrEqualTo(3);
        assertThat(items).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(SearchKind.CONSULTATION);
            assertThat(d.url()).startsWith("/m/" + MITAKA + "/comments/" + done.id() + "#opinion-");
        });
        // the item and the city's view are both found, at the item's row of the results page
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.replace(MITAKA, "1", docs);
            String url = urls(index, "公衆無線LAN").getFirst();
            assertThat(url).startsWith("/m/" + MITAKA + "/comments/" + done.id() + "#opinion-");
            assertThat(urls(index, "順次整備")).contains(url);
            String page = mvc.perform(get(url.substring(0, url.indexOf('#'))))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("id=\"" + url.substring(url.indexOf('#') + 1) + "\"");
        }
        // nothing of who sent an opinion (address, name, representative, phone, receipt number) in any document
        List<String> personal = new ArrayList<>();
        for (ConsultationView c : consultations.consultations(MITAKA)) {
            for (OpinionView o : opinions.opinions(MITAKA, c.id(), true)) {
                personal.add(o.receiptNumber());
                PersonalData p = o.submitter();
                if (p != null) {
                    Stream.of(p.address(), p.name(), p.representative(), p.phone())
                            .filter(Objects::nonNull)
                            .filter(s -> !s.isBlank())
                            .forEach(personal::add);
                }
            }
        }
        assertThat(personal).contains("デモ 提出者");
        // only consultation documents are built from opinions; the others are the city's own public text, which may
        // well hold an address a submitter also gave (other tests post opinions from 三鷹市野崎1-1-1, the city hall)
        for (SearchDocument d :
                docs.stream().filter(d -> d.kind() == SearchKind.CONSULTATION).toList()) {
            for (String p : personal) {
                assertThat(d.title() + "\n" + d.body() + "\n" + d.url())
                        .as("%s holds personal data", d.id())
                        .doesNotContain(p);
            }
        }
    }
}
