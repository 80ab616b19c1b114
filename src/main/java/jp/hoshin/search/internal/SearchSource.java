package jp.hoshin.search.internal;

import java.util.stream.Stream;

import jp.hoshin.search.SearchDocument;

/**
 * One kind of content search finds, read through its module's public API: what citizens read (the published-only
 * views the public pages use) and, where a module has unpublished work, that work for the staff who may see it.
 */
interface SearchSource {

    /** The municipality's documents of this kind, public and unpublished (each with its audiences). */
    Stream<SearchDocument> documents(SourceContext municipality);
}
