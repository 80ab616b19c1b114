package jp.hoshin.shared.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code hoshin.public-cache.*}: whether public pages are served from rendered copies, how much they may take
 * (default 64 MB), how often the published-data versions are read (default 200 ms; see {@code PublicPageCache}), and
 * what anonymous readers' browsers, proxies and CDNs are told: {@code Cache-Control: public, max-age} (default 5 s)
 * and {@code stale-while-revalidate} (default 30 s).
 */
@ConfigurationProperties("hoshin.public-cache")
record PublicCacheProperties(
        @DefaultValue("64MB") DataSize maxBytes,
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200ms") Duration checkInterval,
        @DefaultValue("5s") Duration maxAge,
        @DefaultValue("30s") Duration staleWhileRevalidate) {}
