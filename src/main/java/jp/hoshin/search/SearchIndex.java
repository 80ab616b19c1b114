package jp.hoshin.search;

import java.util.List;
import java.util.Map;

/**
 * Where the searchable documents are kept and searched: Lucene in this instance by default (on disk, kept across
 * starts); a deployment could put OpenSearch with its kuromoji plugin behind the same interface (docs/scaling.md).
 */
public interface SearchIndex {

    /**
     * The content version each municipality held here was indexed at (kept across starts by an index that keeps its
     * documents): the indexer re-reads only the municipalities whose version moved.
     */
    Map<String, String> indexedVersions();

    /**
     * Replaces every document of the municipality with these, read at this content version, at once (readers see the
     * old set or the new one). Returns how many of them were written: an index may keep the documents that did not
     * change.
     */
    int replace(String municipalityCode, String contentVersion, List<SearchDocument> documents);

    /** Drops a municipality that is no longer in the database. */
    void remove(String municipalityCode);

    /** Searches one municipality's documents that the request's audiences may find. */
    SearchResults search(SearchRequest request);
}
