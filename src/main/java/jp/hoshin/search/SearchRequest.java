package jp.hoshin.search;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A search: the words as typed (years in 和暦 or 西暦 included), the facets chosen (year, kind, department), the
 * page (from 1) and who is searching ({@link SearchDocument#audiences()} they belong to).
 */
public record SearchRequest(
        String municipalityCode,
        String text,
        @Nullable Integer year,
        @Nullable SearchKind kind,
        @Nullable String departmentName,
        int page,
        int pageSize,
        Set<String> audiences) {

    public static final int PAGE_SIZE = 20;

    public SearchRequest {
        audiences = Set.copyOf(audiences);
        page = Math.max(1, Math.min(page, 500));
        pageSize = Math.max(1, Math.min(pageSize, 100));
    }

    /** The first page for citizens, no facet chosen. */
    public static SearchRequest publicSearch(String municipalityCode, String text) {
        return new SearchRequest(municipalityCode, text, null, null, null, 1, PAGE_SIZE, Set.of(SearchDocument.PUBLIC));
    }
}
