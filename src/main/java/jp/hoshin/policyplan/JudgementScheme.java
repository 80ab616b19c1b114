package jp.hoshin.policyplan;

import org.jspecify.annotations.Nullable;

/**
 * 判定方式 — how a plan's indicators are judged: today's rule, progress from the baseline against the elapsed time
 * ({@code onTrackShare}% of the expected progress counts as 順調; the default), or the plan's own bands of the
 * achievement rate ({@link JudgementBands}, e.g. S/A/B/C or ◎○△×).
 */
public record JudgementScheme(int onTrackShare, @Nullable JudgementBands bands) {

    public static JudgementScheme progress(int onTrackShare) {
        return new JudgementScheme(onTrackShare, null);
    }

    public static JudgementScheme bands(JudgementBands bands) {
        return new JudgementScheme(60, bands);
    }

    public boolean banded() {
        return bands != null;
    }
}
