package jp.hoshin.publiccomment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An individual plan as pages and other modules read it. */
public record IndividualPlanView(
        long id,
        String municipalityCode,
        IndividualPlanContent content,
        IndividualPlanStatus status,
        long version,
        @Nullable Instant publishedAt) {

    /** Whether the public pages show the plan (internal until the planning section or the owner publishes it). */
    public boolean published() {
        return publishedAt != null;
    }

    /** 地域情報化プラン2022（仮称） */
    public String displayName() {
        return content.name() + (content.provisionalName() ? "（仮称）" : "");
    }
}
