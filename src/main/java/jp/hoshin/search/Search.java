package jp.hoshin.search;

import jp.hoshin.search.internal.SearchIndexer;
import org.springframework.stereotype.Service;

/** Searches a municipality: what pages and the API call. */
@Service
public class Search {

    private final SearchIndex index;
    private final SearchIndexer indexer;

    Search(SearchIndex index, SearchIndexer indexer) {
        this.index = index;
        this.indexer = indexer;
    }

    public SearchResults search(SearchRequest request) {
        return index.search(request);
    }

    /**
     * Whether what this instance finds is the municipality's data as it is now (false while it is being indexed after
     * a change): a page of results that is not is not kept by the public page cache.
     */
    public boolean upToDate(String municipalityCode) {
        return indexer.upToDate(municipalityCode);
    }
}
