package jp.hoshin.search.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.identity.Access;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.StaffPrincipal;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.search.Search;
import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchKind;
import jp.hoshin.search.SearchResults;
import jp.hoshin.shared.web.PublicPages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Search of a municipality: the citizens' page ({@code /m/{code}/search}), the JSON of the public API and the staff
 * page, which also finds the unpublished work the signed-in person may see (the planning section and the mayor's
 * office: all of it; a department's editors: their department's).
 */
@Controller
@Tag(name = "検索", description = "自治体の公開情報の全文検索")
class SearchController {

    static final String PUBLIC_VIEW = "site/search";
    static final String STAFF_VIEW = "staff/search";

    private final Municipalities municipalities;
    private final Search search;
    private final Access access;

    SearchController(Municipalities municipalities, Search search, Access access) {
        this.municipalities = municipalities;
        this.search = search;
        this.access = access;
    }

    @GetMapping("/m/{code}/search")
    String publicSearch(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String dept,
            @RequestParam(required = false) @Nullable String page,
            Model model,
            HttpServletRequest request) {
        MunicipalityView m = municipalities.get(code);
        SearchPage result =
                page(m, "/m/" + m.code() + "/search", q, year, kind, dept, page, Set.of(SearchDocument.PUBLIC));
        if (!result.results().ready() || !search.upToDate(m.code())) {
            // results of an index being built or catching up are not kept by the page cache
            PublicPages.personal(request);
        }
        model.addAttribute("municipality", m);
        model.addAttribute("search", result);
        return PUBLIC_VIEW;
    }

    @GetMapping("/staff/m/{code}/search")
    String staffSearch(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String dept,
            @RequestParam(required = false) @Nullable String page,
            Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        model.addAttribute("municipality", m);
        model.addAttribute(
                "search", page(m, "/staff/m/" + m.code() + "/search", q, year, kind, dept, page, audiences(m.code())));
        return STAFF_VIEW;
    }

    /** Who the signed-in person is to search: everyone, and what unpublished work they may see. */
    Set<String> audiences(String code) {
        Set<String> audiences = new HashSet<>();
        audiences.add(SearchDocument.PUBLIC);
        if (access.canReview(code)) {
            audiences.add(SearchDocument.REVIEW);
        }
        StaffPrincipal staff = access.requireStaff();
        if (staff.role() == Role.DEPARTMENT_EDITOR) {
            staff.departmentCodes().forEach(d -> audiences.add(SearchDocument.department(d)));
        }
        return audiences;
    }

    private SearchPage page(
            MunicipalityView m,
            String path,
            @Nullable String q,
            @Nullable String year,
            @Nullable String kind,
            @Nullable String dept,
            @Nullable String page,
            Set<String> audiences) {
        String query = SearchPage.query(q);
        Integer y = SearchPage.year(year);
        SearchKind k = SearchKind.parse(kind);
        String d = SearchPage.department(dept);
        SearchResults results = query.isEmpty()
                ? SearchResults.none(1, 20)
                : search.search(SearchPage.request(m.code(), query, y, k, d, SearchPage.page(page), audiences));
        return SearchPage.of(path, query, y, k, d, results);
    }

    /** A search result in the public API. */
    record HitDto(
            String kind,
            String kindLabel,
            @Nullable Integer fiscalYear,
            @Nullable String fiscalYearLabel,
            @Nullable String department,
            String title,
            String snippet,
            String url) {}

    record CountDto(String value, String label, long count) {}

    record SearchDto(
            String query,
            boolean ready,
            long total,
            int page,
            int pageSize,
            List<HitDto> hits,
            List<CountDto> years,
            List<CountDto> kinds,
            List<CountDto> departments) {}

    @GetMapping("/api/v1/municipalities/{code}/search")
    @ResponseBody
    @Operation(
            summary = "全文検索",
            description =
                    "計画・指標・各部の運営方針と目標・結果・事業評価・個別計画・パブリックコメント・白書を検索します。" + "snippet は一致箇所を <mark> で囲んだ HTML（エスケープ済み）です。")
    ResponseEntity<SearchDto> api(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String dept,
            @RequestParam(required = false) @Nullable String page,
            HttpServletRequest request) {
        MunicipalityView m = municipalities.get(code);
        SearchPage result =
                page(m, "/m/" + m.code() + "/search", q, year, kind, dept, page, Set.of(SearchDocument.PUBLIC));
        SearchResults r = result.results();
        if (!r.ready() || !search.upToDate(m.code())) {
            PublicPages.personal(request);
        }
        return ResponseEntity.ok(new SearchDto(
                result.query(),
                r.ready(),
                r.total(),
                r.page(),
                r.pageSize(),
                r.hits().stream()
                        .map(h -> new HitDto(
                                h.kind().param(),
                                h.kind().label(),
                                h.year(),
                                h.year() == null
                                        ? null
                                        : FiscalYear.of(h.year()).label(),
                                h.departmentName(),
                                h.title(),
                                h.snippetHtml(),
                                h.url()))
                        .toList(),
                r.facets().years().stream()
                        .map(c -> new CountDto(
                                c.value().toString(), FiscalYear.of(c.value()).label(), c.count()))
                        .toList(),
                r.facets().kinds().stream()
                        .map(c -> new CountDto(c.value().param(), c.value().label(), c.count()))
                        .toList(),
                r.facets().departments().stream()
                        .map(c -> new CountDto(c.value(), c.value(), c.count()))
                        .toList()));
    }
}
