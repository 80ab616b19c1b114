package jp.hoshin.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a search found: the total, one page of hits (best first) and the counts by year, kind and department over all
 * the hits; {@code ready} is false while this instance is still building the municipality's index.
 */
public record SearchResults(boolean ready, long total, int page, int pageSize, List<Hit> hits, Facets facets) {

    public static SearchResults notReady(int page, int pageSize) {
        return new SearchResults(false, 0, page, pageSize, List.of(), Facets.EMPTY);
    }

    public static SearchResults none(int page, int pageSize) {
        return new SearchResults(true, 0, page, pageSize, List.of(), Facets.EMPTY);
    }

    /** How many pages the hits fill. */
    public int pages() {
        return (int) Math.min(500, (total + pageSize - 1) / pageSize);
    }

    /**
     * A hit: what it is, its year and department, its title, a snippet of its text as HTML (escaped, the matched words
     * in {@code <mark>}), and the address of its page.
     */
    public record Hit(
            SearchKind kind,
            @Nullable Integer year,
            @Nullable String departmentName,
            String title,
            String snippetHtml,
            String url,
            boolean published) {}

    /** A facet value and how many hits have it. */
    public record Count<T>(T value, long count) {}

    public record Facets(List<Count<Integer>> years, List<Count<SearchKind>> kinds, List<Count<String>> departments) {
        public static final Facets EMPTY = new Facets(List.of(), List.of(), List.of());
    }
}
