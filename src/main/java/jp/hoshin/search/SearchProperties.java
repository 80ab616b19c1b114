package jp.hoshin.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hoshin.search.*}: whether this instance keeps a search index ({@code enabled}) and how often it reads the
 * municipalities' content versions to re-index the ones that changed ({@code poll-interval}, default 2 s).
 */
@ConfigurationProperties("hoshin.search")
public record SearchProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2s") Duration pollInterval) {}
