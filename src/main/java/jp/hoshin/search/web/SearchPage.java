package jp.hoshin.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.search.SearchKind;
import jp.hoshin.search.SearchRequest;
import jp.hoshin.search.SearchResults;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the search page shows: the words, the results, the facet links (each a search with one more choice, or with
 * the choice taken back) and the pages.
 */
public record SearchPage(
        String path,
        String query,
        @Nullable Integer year,
        @Nullable SearchKind kind,
        @Nullable String department,
        SearchResults results,
        List<Link> years,
        List<Link> kinds,
        List<Link> departments,
        List<Link> pages,
        @Nullable String previous,
        @Nullable String next) {

    /** The longest query read (longer input is cut). */
    static final int MAX_QUERY = 200;

    /** A link of the page: its text, how many hits it leads to, where, and whether it is the current choice. */
    public record Link(String label, long count, String href, boolean current) {}

    static String query(@Nullable String q) {
        String text = q == null ? "" : q.strip();
        return text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
    }

    static @Nullable Integer year(@Nullable String year) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(year.strip());
    }

    static int page(@Nullable String page) {
        if (page == null || !page.strip().matches("\\d{1,3}")) {
            return 1;
        }
        return Integer.parseInt(page.strip());
    }

    static @Nullable String department(@Nullable String department) {
        return department == null || department.isBlank() || department.length() > 100 ? null : department.strip();
    }

    static SearchRequest request(
            String code,
            String query,
            @Nullable Integer year,
            @Nullable SearchKind kind,
            @Nullable String department,
            int page,
            Set<String> audiences) {
        return new SearchRequest(code, query, year, kind, department, page, SearchRequest.PAGE_SIZE, audiences);
    }

    static SearchPage of(
            String path,
            String query,
            @Nullable Integer year,
            @Nullable SearchKind kind,
            @Nullable String department,
            SearchResults results) {
        List<Link> years = new ArrayList<>();
        for (var c : results.facets().years()) {
            boolean current = c.value().equals(year);
            years.add(new Link(
                    FiscalYear.of(c.value()).label(),
                    c.count(),
                    href(path, query, current ? null : c.value(), kind, department, 1),
                    current));
        }
        List<Link> kinds = new ArrayList<>();
        for (var c : results.facets().kinds()) {
            boolean current = c.value() == kind;
            kinds.add(new Link(
                    c.value().label(),
                    c.count(),
                    href(path, query, year, current ? null : c.value(), department, 1),
                    current));
        }
        List<Link> departments = new ArrayList<>();
        for (var c : results.facets().departments()) {
            boolean current = c.value().equals(department);
            departments.add(new Link(
                    c.value(), c.count(), href(path, query, year, kind, current ? null : c.value(), 1), current));
        }
        List<Link> pages = new ArrayList<>();
        int total = results.pages();
        int current = results.page();
        for (int p = Math.max(1, current - 4); p <= Math.min(total, current + 4); p++) {
            pages.add(new Link(
                    Messages.get("search.page.number", String.valueOf(p)),
                    p,
                    href(path, query, year, kind, department, p),
                    p == current));
        }
        return new SearchPage(
                path,
                query,
                year,
                kind,
                department,
                results,
                years,
                kinds,
                departments,
                pages,
                current > 1 ? href(path, query, year, kind, department, current - 1) : null,
                current < total ? href(path, query, year, kind, department, current + 1) : null);
    }

    /** Whether a facet is chosen (the page offers to take all back). */
    public boolean filtered() {
        return year != null || kind != null || department != null;
    }

    public String allHref() {
        return href(path, query, null, null, null, 1);
    }

    static String href(
            String path,
            String query,
            @Nullable Integer year,
            @Nullable SearchKind kind,
            @Nullable String department,
            int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path).queryParam("q", query);
        if (year != null) {
            b.queryParam("year", year);
        }
        if (kind != null) {
            b.queryParam("kind", kind.param());
        }
        if (department != null) {
            b.queryParam("dept", department);
        }
        if (page > 1) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }
}
