package jp.hoshin.search;

import java.util.List;

/**
 * Where the searchable documents are kept and searched: Lucene in this instance by default; a deployment could put
 * OpenSearch with its kuromoji plugin behind the same interface (docs/scaling.md).
 */
public interface SearchIndex {

    /** Replaces every document of the municipality with these, at once (readers see the old set or the new one). */
    void replace(String municipalityCode, List<SearchDocument> documents);

    /** Searches one municipality's documents that the request's audiences may find. */
    SearchResults search(SearchRequest request);
}
