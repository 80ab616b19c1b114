package jp.hoshin.committee;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A committee of one municipality and fiscal year as pages read it. */
public record CommitteeView(
        long id,
        String municipalityCode,
        int fiscalYear,
        String name,
        boolean illustrative,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy,
        long version) {

    public boolean published() {
        return publishedAt != null;
    }
}
