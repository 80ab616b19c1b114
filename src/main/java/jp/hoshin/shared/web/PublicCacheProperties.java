package jp.hoshin.shared.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code hoshin.public-cache.*}: whether public pages are served from rendered copies, how much they may take
 * (default 64 MB), and how often the published-data version is read (default 200 ms; see {@code PublicPageCache}).
 */
@ConfigurationProperties("hoshin.public-cache")
record PublicCacheProperties(
        @DefaultValue("64MB") DataSize maxBytes,
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200ms") Duration checkInterval) {}
