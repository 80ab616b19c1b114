package jp.hoshin.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each commit of the search index records in its user data: the index format ({@link #FORMAT}) and the content
 * version each municipality was indexed at, so that an instance that starts again keeps what it had and re-indexes
 * only what changed.
 */
final class IndexCommitData {

    private static final Logger log = LoggerFactory.getLogger(IndexCommitData.class);

    /** Raised whenever the fields or their analysis change: an index of another format is built again. */
    static final String FORMAT = "2";

    private static final String FORMAT_KEY = "format";
    private static final String VERSION_KEY_PREFIX = "m.";

    private IndexCommitData() {}

    /**
     * The versions recorded in the directory's last commit; null when there is no index to keep there (none, one of
     * another format, or one that cannot be read).
     */
    static @Nullable Map<String, String> keptVersions(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                if (!FORMAT.equals(data.get(FORMAT_KEY))) {
                    log.info("Search index of format {} (now {}): built again", data.get(FORMAT_KEY), FORMAT);
                    return null;
                }
                Map<String, String> versions = new HashMap<>();
                data.forEach((k, v) -> {
                    if (k.startsWith(VERSION_KEY_PREFIX)) {
                        versions.put(k.substring(VERSION_KEY_PREFIX.length()), v);
                    }
                });
                return versions;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Search index cannot be read ({}): built again", e.toString());
            return null;
        }
    }

    /** The user data of a commit holding these versions (municipality code → content version). */
    static Map<String, String> of(Map<String, String> versions) {
        Map<String, String> data = new TreeMap<>();
        data.put(FORMAT_KEY, FORMAT);
        versions.forEach((code, version) -> data.put(VERSION_KEY_PREFIX + code, version));
        return data;
    }
}
