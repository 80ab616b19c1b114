package jp.hoshin.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hoshin.search.*}: whether this instance keeps a search index ({@code enabled}), how often it reads the
 * municipalities' content versions to re-index the ones that changed ({@code poll-interval}, default 2 s), how long a
 * municipality that keeps changing may wait for it ({@code max-delay}, default 30 s: it is re-indexed once its changes
 * pause for a poll interval, and at least that often while they do not), and the
 * directory of its own where it keeps the index across starts ({@code index-dir}, default {@code data/search-index}
 * beside the embedded database; a derived cache that no other instance reads).
 */
@ConfigurationProperties("hoshin.search")
public record SearchProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("30s") Duration maxDelay,
        @DefaultValue("data/search-index") Path indexDir) {}
