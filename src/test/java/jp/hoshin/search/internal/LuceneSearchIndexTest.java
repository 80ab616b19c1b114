package jp.hoshin.search.internal;

import java.util.List;
import java.util.Set;

import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchKind;
import jp.hoshin.search.SearchRequest;
import jp.hoshin.search.SearchResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Lucene index on a few documents: words, parts of words, katakana variants, widths, years, facets, audiences. */
class LuceneSearchIndexTest {

    private final LuceneSearchIndex index = LuceneSearchIndex.inMemory();

    LuceneSearchIndexTest() {
        index.replace("132047", "1", published());
        index.replace("999999", "1", List.of(doc("z", SearchKind.PROJECT, 2020, "企画部", "地域コミュニティ", "他の自治体の文書")));
        SearchDocument draft = new SearchDocument(
                "draft",
                "132047",
                SearchKind.DEPARTMENT_PLAN,
                2022,
                "d01",
                "企画部",
                "企画部 運営方針と目標（作成中）",
                "未公表の自転車施策",
                "/staff/m/132047/2022/plans/d01",
                SearchDocument.unpublished("d01"));
        index.replace(
                "132047",
                "2",
                java.util.stream.Stream.concat(java.util.stream.Stream.of(draft), published().stream())
                        .toList());
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private static SearchDocument doc(
            String id, SearchKind kind, Integer year, String department, String title, String body) {
        return new SearchDocument(
                id,
                "132047",
                kind,
                year,
                department == null ? null : "d-" + department,
                department,
                title,
                body,
                "/m/132047/" + id,
                Set.of(SearchDocument.PUBLIC));
    }

    private List<String> urls(String q) {
        return index.search(SearchRequest.publicSearch("132047", q)).hits().stream()
                .map(SearchResults.Hit::url)
                .toList();
    }

    @Test
    void wordsAndPartsOfWordsAreFound() {
        assertThat(urls("コミュニティ")).containsExactly("/m/132047/a");
        assertThat(urls("活性")).containsExactly("/m/132047/a");
        assertThat(urls("駐車")).containsExactly("/m/132047/c");
        assertThat(urls("自治会 加入")).containsExactly("/m/132047/a");
        assertThat(urls("自治会 自転車")).isEmpty();
    }

    @Test
    void katakanaVariantsAndWidthsAreOneSpelling() {
        assertThat(urls("サーバ")).containsExactly("/m/132047/e");
        assertThat(urls("サーバー")).containsExactly("/m/132047/e");
        assertThat(urls("コンピュータ")).containsExactly("/m/132047/e");
        assertThat(urls("ワークライフバランス")).containsExactly("/m/132047/b");
        assertThat(urls("ｉｃｔ")).contains("/m/132047/d", "/m/132047/e");
        assertThat(urls("コミュニティー")).containsExactly("/m/132047/a");
    }

    @Test
    void yearsAreFoundInWarekiAndSeireki() {
        assertThat(urls("令和2年度")).containsExactlyInAnyOrder("/m/132047/a", "/m/132047/d");
        assertThat(urls("2020")).containsExactlyInAnyOrder("/m/132047/a", "/m/132047/d");
        assertThat(urls("R3 駐輪場")).containsExactly("/m/132047/c");
        assertThat(urls("2020年度 駐輪場")).isEmpty();
    }

    @Test
    void snippetsMarkTheMatchedWordsAndFacetsCountAllHits() {
        SearchResults r = index.search(SearchRequest.publicSearch("132047", "駐輪場"));
        assertThat(r.hits().getFirst().snippetHtml()).contains("<mark>");
        assertThat(r.hits().getFirst().snippetHtml()).doesNotContain("<script");
        SearchResults all = index.search(SearchRequest.publicSearch("132047", "更新 OR 活性"));
        assertThat(all.total()).isZero();
        SearchResults projects = index.search(SearchRequest.publicSearch("132047", "の"));
        assertThat(projects.facets().kinds()).isNotEmpty();
    }

    @Test
    void unpublishedWorkIsFoundOnlyByItsDepartmentAndReviewers() {
        assertThat(urls("未公表")).isEmpty();
        SearchRequest editor =
                new SearchRequest("132047", "未公表", null, null, null, 1, 20, Set.of(SearchDocument.PUBLIC, "dept:d01"));
        assertThat(index.search(editor).hits())
                .extracting(SearchResults.Hit::url)
                .containsExactly("/staff/m/132047/2022/plans/d01");
        SearchRequest other =
                new SearchRequest("132047", "未公表", null, null, null, 1, 20, Set.of(SearchDocument.PUBLIC, "dept:d02"));
        assertThat(index.search(other).hits()).isEmpty();
        SearchRequest reviewer = new SearchRequest(
                "132047", "未公表", null, null, null, 1, 20, Set.of(SearchDocument.PUBLIC, SearchDocument.REVIEW));
        assertThat(index.search(reviewer).hits()).hasSize(1);
    }

    private static List<SearchDocument> published() {
        return List.of(
                doc("a", SearchKind.PROJECT, 2020, "企画部", "地域コミュニティの活性化", "町会・自治会の加入促進を支援する。"),
                doc("b", SearchKind.INDICATOR, null, null, "ワーク・ライフ・バランスの推進", "男女平等参画のための講座数"),
                doc("c", SearchKind.EVALUATION, 2021, "都市整備部", "自転車駐車場管理運営事業", "駅前の駐輪場を指定管理者が運営する。"),
                doc("d", SearchKind.WHITE_PAPER, 2020, null, "白書 第1章", "令和2年度の取り組み。ICTを活用したサービスを提供した。"),
                doc("e", SearchKind.PROJECT, 2021, "ＩＣＴ推進部", "ｻｰﾊﾞｰ更新", "コンピューター機器の更新を行う。"));
    }

    @Test
    void indexedAgainOnlyWhatChangedIsWrittenAndEverythingIsFoundAsItIsNow() {
        List<SearchDocument> now = new java.util.ArrayList<>(published());
        assertThat(index.replace("132047", "3", now)).as("nothing changed").isZero();
        assertThat(urls("未公表")).as("the draft is no longer given").isEmpty();

        now.set(0, doc("a", SearchKind.PROJECT, 2020, "企画部", "地域コミュニティの活性化", "防災訓練への参加を呼びかける。"));
        now.remove(4);
        now.add(doc("f", SearchKind.PROJECT, 2022, "企画部", "図書館の改修", "蔵書の電子化を進める。"));
        assertThat(index.replace("132047", "4", now)).isEqualTo(2);
        assertThat(urls("防災訓練")).containsExactly("/m/132047/a");
        assertThat(urls("加入")).as("the old text is gone").isEmpty();
        assertThat(urls("コミュニティ")).as("once, not twice").containsExactly("/m/132047/a");
        assertThat(urls("サーバー")).as("a document no longer given").isEmpty();
        assertThat(urls("蔵書")).containsExactly("/m/132047/f");
        assertThat(urls("駐輪場")).as("unchanged, kept").containsExactly("/m/132047/c");
        assertThat(index.indexedVersions()).containsEntry("132047", "4");

        // a change in any field is a change: here only the department, which is searched with the text
        now.set(2, doc("c", SearchKind.EVALUATION, 2021, "都市再生部", "自転車駐車場管理運営事業", "駅前の駐輪場を指定管理者が運営する。"));
        assertThat(index.replace("132047", "5", now)).isEqualTo(1);
        assertThat(index.search(SearchRequest.publicSearch("132047", "駐輪場"))
                        .facets()
                        .departments())
                .extracting(SearchResults.Count::value)
                .containsExactly("都市再生部");
    }

    @Test
    void documentsGivenTwiceWithOneIdAreAllWrittenAndThenPutAgainWhole() {
        SearchDocument first = doc("a", SearchKind.PROJECT, 2020, "企画部", "地域コミュニティの活性化", "一つ目の文書");
        SearchDocument second = doc("a", SearchKind.PROJECT, 2020, "企画部", "地域コミュニティの活性化", "二つ目の文書");
        assertThat(index.replace("132047", "3", List.of(first, second))).isEqualTo(2);
        assertThat(urls("一つ目")).hasSize(1);
        assertThat(urls("二つ目")).hasSize(1);
        // the index holds one id twice: it cannot tell which to keep, so every document is put again
        assertThat(index.replace("132047", "4", List.of(first))).isEqualTo(1);
        assertThat(urls("二つ目")).isEmpty();
        assertThat(urls("一つ目")).hasSize(1);
        assertThat(index.replace("132047", "5", List.of(first))).isZero();
    }

    /** A document "x" of 企画部 with the fields a digest test varies. */
    private static SearchDocument x(
            SearchKind kind,
            Integer year,
            String departmentCode,
            String title,
            String body,
            String url,
            Set<String> audiences) {
        return new SearchDocument("x", "132047", kind, year, departmentCode, "企画部", title, body, url, audiences);
    }

    @Test
    void aDocumentsDigestCoversEveryFieldAndTellsAMissingValueFromAnEmptyOne() {
        Set<String> everyone = Set.of(SearchDocument.PUBLIC);
        String digest = HeldDocuments.digest(x(SearchKind.PROJECT, 2020, "d", "題", "本文", "/u", everyone));
        assertThat(HeldDocuments.digest(
                        x(SearchKind.PROJECT, 2020, "d", "題", "本文", "/u", Set.of(SearchDocument.PUBLIC))))
                .isEqualTo(digest);
        assertThat(List.of(
                        x(SearchKind.PROJECT, 2020, "d", "題本", "文", "/u", everyone),
                        x(SearchKind.PROJECT, 2020, "", "題", "本文", "/u", everyone),
                        x(SearchKind.PROJECT, 2020, null, "題", "本文", "/u", everyone),
                        x(SearchKind.PROJECT, 2021, "d", "題", "本文", "/u", everyone),
                        x(SearchKind.INDICATOR, 2020, "d", "題", "本文", "/u", everyone),
                        x(SearchKind.PROJECT, 2020, "d", "題", "本文", "/v", everyone),
                        x(SearchKind.PROJECT, 2020, "d", "題", "本文", "/u", SearchDocument.unpublished("d"))))
                .extracting(HeldDocuments::digest)
                .doesNotContain(digest)
                .doesNotHaveDuplicates();
    }

    @Test
    void theLongestQueryIsAnsweredNotRefused() {
        String words = "あい ".repeat(60) + "地域コミュニティの活性化".repeat(6);
        assertThat(index.search(SearchRequest.publicSearch("132047", words.substring(0, 200)))
                        .ready())
                .isTrue();
    }

    @Test
    void anotherMunicipalitysDocumentsAreNotFound() {
        assertThat(urls("他の自治体")).isEmpty();
        assertThat(index.search(SearchRequest.publicSearch("000000", "地域")).ready())
                .isFalse();
    }
}
