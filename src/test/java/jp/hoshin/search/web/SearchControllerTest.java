package jp.hoshin.search.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jp.hoshin.identity.Role;
import jp.hoshin.identity.SignIns;
import jp.hoshin.identity.internal.WebSliceSecurity;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.search.Search;
import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchKind;
import jp.hoshin.search.SearchRequest;
import jp.hoshin.search.SearchResults;
import jp.hoshin.search.SearchResults.Count;
import jp.hoshin.search.SearchResults.Facets;
import jp.hoshin.search.SearchResults.Hit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search controller alone ({@link Search} mocked): the page's states (no words, being built, no hits, hits with
 * facets and pages), the JSON, and who searches as whom on the staff page.
 */
@WebMvcTest(SearchController.class)
@Import(WebSliceSecurity.class)
class SearchControllerTest {

    private static final String M = "132047";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SignIns signIns;

    @MockitoBean
    Municipalities municipalities;

    @MockitoBean
    Search search;

    @BeforeEach
    void mitaka() {
        when(municipalities.get(M)).thenReturn(new MunicipalityView(1, M, "三鷹市", null, "東京都", false, null, 0));
        when(search.upToDate(anyString())).thenReturn(true);
    }

    private static SearchResults results() {
        Hit hit = new Hit(
                SearchKind.INDICATOR,
                2020,
                "企画部",
                "図書館の利用者数",
                "市立<mark>図書</mark>館の利用者 &lt;b&gt;",
                "/m/132047/policy/kihon-keikaku-4/K7-1-2#indicator-1",
                true);
        return new SearchResults(
                true,
                45,
                1,
                20,
                List.of(hit),
                new Facets(
                        List.of(new Count<>(2020, 30L)),
                        List.of(new Count<>(SearchKind.INDICATOR, 12L)),
                        List.of(new Count<>("企画部", 3L))));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theEmptyQueryAsksForWordsWithoutSearching() throws Exception {
        assertThat(html(get("/m/" + M + "/search"))).contains("検索する言葉を入力してください。", "lang=\"ja\"");
        verify(search, never()).search(any());
    }

    @Test
    void whileTheIndexIsBuiltThePageSaysSo() throws Exception {
        when(search.search(any())).thenReturn(SearchResults.notReady(1, 20));
        assertThat(html(get("/m/" + M + "/search").param("q", "図書館"))).contains("検索の準備をしています。");
    }

    @Test
    void hitsShowKindYearDepartmentSnippetFacetsAndPages() throws Exception {
        when(search.search(any())).thenReturn(results());
        String page = html(get("/m/" + M + "/search").param("q", "図書館").param("kind", "indicator"));
        assertThat(page)
                .contains("「図書館」の検索結果：45件（1／3ページ）")
                .contains("href=\"/m/132047/policy/kihon-keikaku-4/K7-1-2#indicator-1\"")
                .contains("指標", "令和2（2020）年度", "企画部")
                .contains("市立<mark>図書</mark>館の利用者 &lt;b&gt;")
                // the chosen kind links back to all kinds; the year adds itself to the choice
                .contains("指標（12件・選択中、クリックで解除）", "href=\"/m/132047/search?q=%E5%9B%B3%E6%9B%B8%E9%A4%A8\"")
                .contains("year=2020&amp;kind=indicator")
                .contains("rel=\"next\"", "page=2");
        ArgumentCaptor<SearchRequest> asked = ArgumentCaptor.forClass(SearchRequest.class);
        verify(search).search(asked.capture());
        assertThat(asked.getValue().kind()).isEqualTo(SearchKind.INDICATOR);
        assertThat(asked.getValue().audiences()).containsExactly(SearchDocument.PUBLIC);
    }

    @Test
    void nonsenseParametersAreIgnoredNotRefused() throws Exception {
        when(search.search(any())).thenReturn(SearchResults.none(1, 20));
        String page = html(get("/m/" + M + "/search")
                .param("q", "図書館")
                .param("year", "令和")
                .param("page", "-3")
                .param("kind", "x"));
        assertThat(page).contains("「図書館」に一致するものは見つかりませんでした。");
    }

    @Test
    void theJsonHasTheHitsAndFacets() throws Exception {
        when(search.search(any())).thenReturn(results());
        mvc.perform(get("/api/v1/municipalities/" + M + "/search").param("q", "図書館"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(45))
                .andExpect(jsonPath("$.hits[0].kind").value("indicator"))
                .andExpect(jsonPath("$.hits[0].kindLabel").value("指標"))
                .andExpect(jsonPath("$.hits[0].fiscalYear").value(2020))
                .andExpect(jsonPath("$.years[0].label").value("令和2（2020）年度"));
    }

    @Test
    void staffSearchAsWhatTheyMaySee() throws Exception {
        when(search.search(any())).thenReturn(results());
        ArgumentCaptor<SearchRequest> asked = ArgumentCaptor.forClass(SearchRequest.class);
        html(get("/staff/m/" + M + "/search")
                .param("q", "計画")
                .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "somu")));
        html(get("/staff/m/" + M + "/search").param("q", "計画").with(WebSliceSecurity.as(signIns, Role.REVIEWER, M)));
        html(get("/staff/m/" + M + "/search").param("q", "計画").with(WebSliceSecurity.as(signIns, Role.VIEWER, M)));
        verify(search, org.mockito.Mockito.times(3)).search(asked.capture());
        assertThat(asked.getAllValues().get(0).audiences())
                .isEqualTo(Set.of(SearchDocument.PUBLIC, SearchDocument.department("somu")));
        assertThat(asked.getAllValues().get(1).audiences())
                .isEqualTo(Set.of(SearchDocument.PUBLIC, SearchDocument.REVIEW));
        assertThat(asked.getAllValues().get(2).audiences()).isEqualTo(Set.of(SearchDocument.PUBLIC));
        mvc.perform(get("/staff/m/" + M + "/search")
                        .param("q", "計画")
                        .with(WebSliceSecurity.as(signIns, Role.VIEWER, "990001")))
                .andExpect(status().isForbidden());
    }
}
