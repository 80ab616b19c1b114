/**
 * Japanese full-text search over what a municipality publishes (issue 20): plans and their elements, indicators,
 * departments, department plans, projects and results, evaluation sheets, individual plans, consultations and their
 * published results, and white paper sections, of all years; staff also find the unpublished work they may see. The
 * index is derived from PostgreSQL and kept by each instance ({@link jp.hoshin.search.SearchIndex}: Lucene with
 * Kuromoji and a bi-gram field, in a directory of its own, kept across starts); each instance re-indexes a
 * municipality when its content version moves. It only reads what the other modules
 * offer; no module depends on it.
 */
@ApplicationModule(displayName = "Search")
@NullMarked
package jp.hoshin.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
