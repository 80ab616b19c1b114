package jp.hoshin.evaluation.web;

import java.io.Serializable;
import java.util.Map;

import jp.hoshin.evaluation.Rating;
import org.jspecify.annotations.Nullable;

/**
 * A stage's assessment as typed (一次評価 or 二次評価), flashed back when the service refused it so that nothing typed is
 * lost; it answers the same accessors as {@link jp.hoshin.evaluation.Assessment} for the form fragment.
 */
record AssessmentForm(
        String relevanceText,
        @Nullable String relevanceReason,
        String effectivenessText,
        @Nullable String effectivenessReason,
        String efficiencyText,
        @Nullable String efficiencyReason,
        @Nullable String direction,
        @Nullable String improvement,
        @Nullable String comment,
        @Nullable String externalComment)
        implements Serializable {

    static AssessmentForm of(Map<String, String> p) {
        return new AssessmentForm(
                nz(p.get("relevance")),
                p.get("relevanceReason"),
                nz(p.get("effectiveness")),
                p.get("effectivenessReason"),
                nz(p.get("efficiency")),
                p.get("efficiencyReason"),
                p.get("direction"),
                p.get("improvement"),
                p.get("comment"),
                p.get("externalComment"));
    }

    public @Nullable Rating relevance() {
        return rating(relevanceText);
    }

    public @Nullable Rating effectiveness() {
        return rating(effectivenessText);
    }

    public @Nullable Rating efficiency() {
        return rating(efficiencyText);
    }

    private static @Nullable Rating rating(String value) {
        for (Rating r : Rating.values()) {
            if (r.name().equals(value)) {
                return r;
            }
        }
        return null;
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    @Override
    public String toString() {
        return "AssessmentForm[typed]";
    }
}
