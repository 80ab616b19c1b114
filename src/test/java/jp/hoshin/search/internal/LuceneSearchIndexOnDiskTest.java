package jp.hoshin.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchKind;
import jp.hoshin.search.SearchRequest;
import jp.hoshin.search.SearchResults;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index kept on disk: a second start finds what the first indexed, with the content version of each municipality;
 * an index that is missing, unreadable or of another format is built again from nothing; a directory another process
 * holds is not shared.
 */
class LuceneSearchIndexOnDiskTest {

    @TempDir
    Path dir;

    private static SearchDocument doc(String municipality, String title) {
        return new SearchDocument(
                title,
                municipality,
                SearchKind.PROJECT,
                2024,
                null,
                null,
                title,
                "本文",
                "/m/" + municipality + "/" + title,
                Set.of(SearchDocument.PUBLIC));
    }

    private static List<String> urls(LuceneSearchIndex index, String municipality, String q) {
        SearchResults r = index.search(SearchRequest.publicSearch(municipality, q));
        assertThat(r.ready()).as("%s is held", municipality).isTrue();
        return r.hits().stream().map(SearchResults.Hit::url).toList();
    }

    @Test
    void aSecondStartKeepsTheDocumentsAndTheVersionsTheyWereIndexedAt() throws Exception {
        try (LuceneSearchIndex first = LuceneSearchIndex.open(dir)) {
            assertThat(first.indexedVersions()).isEmpty();
            first.replace("132047", "7@1/3@1", List.of(doc("132047", "図書館の整備")));
            first.replace("990001", "2@1/3@1", List.of(doc("990001", "自転車駐車場")));
            first.replace("990002", "1@1/3@1", List.of(doc("990002", "公園")));
            first.remove("990002");
        }
        try (LuceneSearchIndex second = LuceneSearchIndex.open(dir)) {
            assertThat(second.indexedVersions()).isEqualTo(Map.of("132047", "7@1/3@1", "990001", "2@1/3@1"));
            assertThat(urls(second, "132047", "図書館")).containsExactly("/m/132047/図書館の整備");
            assertThat(urls(second, "990001", "駐車場")).containsExactly("/m/990001/自転車駐車場");
            assertThat(second.search(SearchRequest.publicSearch("990002", "公園")).ready())
                    .isFalse();
            assertThat(second.documentCount()).isEqualTo(2);
            assertThat(second.sizeInBytes()).isPositive();
            // what each document was made from is kept too: indexed again unchanged, nothing is written
            assertThat(second.replace("132047", "8@1/3@1", List.of(doc("132047", "図書館の整備"))))
                    .isZero();
            assertThat(second.indexedVersions()).containsEntry("132047", "8@1/3@1");
        }
    }

    @Test
    void aMunicipalityWithNothingPublicIsHeldWithNoDocuments() throws Exception {
        // a municipality just registered: its old documents go, its version is recorded, and the writer closes cleanly
        // (Lucene's accounting asserted on close after an update with no documents; tests run with -ea)
        try (LuceneSearchIndex first = LuceneSearchIndex.open(dir)) {
            first.replace("132047", "7@1/3@1", List.of(doc("132047", "図書館の整備")));
            first.replace("132047", "8@1/3@1", List.of());
            first.replace("131016", "1@1/3@1", List.of());
            assertThat(urls(first, "132047", "図書館")).isEmpty();
        }
        try (LuceneSearchIndex second = LuceneSearchIndex.open(dir)) {
            assertThat(second.indexedVersions()).isEqualTo(Map.of("132047", "8@1/3@1", "131016", "1@1/3@1"));
        }
    }

    @Test
    void anUnreadableIndexIsBuiltAgain() throws Exception {
        try (LuceneSearchIndex first = LuceneSearchIndex.open(dir)) {
            first.replace("132047", "7@1/3@1", List.of(doc("132047", "図書館の整備")));
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (LuceneSearchIndex second = LuceneSearchIndex.open(dir)) {
            assertThat(second.indexedVersions()).isEmpty();
            assertThat(second.documentCount()).isZero();
            second.replace("132047", "8@1/3@1", List.of(doc("132047", "公民館")));
            assertThat(urls(second, "132047", "公民館")).containsExactly("/m/132047/公民館");
        }
        try (LuceneSearchIndex third = LuceneSearchIndex.open(dir)) {
            assertThat(third.indexedVersions()).containsEntry("132047", "8@1/3@1");
        }
    }

    @Test
    void anIndexOfAnotherFormatIsBuiltAgain() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of("format", "0", "m.132047", "1@1/1@1").entrySet());
            w.commit();
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            assertThat(index.indexedVersions()).isEmpty();
        }
    }

    @Test
    void aDirectoryInUseByAnotherIndexIsNotShared() throws IOException {
        try (LuceneSearchIndex first = LuceneSearchIndex.open(dir);
                LuceneSearchIndex second = LuceneSearchIndex.open(dir)) {
            first.replace("132047", "1@1/1@1", List.of(doc("132047", "図書館")));
            second.replace("132047", "2@1/1@1", List.of(doc("132047", "公民館")));
            assertThat(urls(first, "132047", "図書館")).hasSize(1);
            assertThat(urls(second, "132047", "図書館")).isEmpty();
        }
        try (LuceneSearchIndex again = LuceneSearchIndex.open(dir)) {
            assertThat(again.indexedVersions()).containsEntry("132047", "1@1/1@1");
        }
    }
}
