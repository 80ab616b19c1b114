package jp.hoshin.departmentplan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * 進捗の区分 — a municipality's scale of progress: its levels in order, and which of them count as "on schedule" in the
 * counts. A recorded check keeps the label it was recorded with, so changing the scale never rewrites the past.
 */
public record ProgressScale(List<Level> levels) {

    /** The most levels a scale has. */
    public static final int MAX_LEVELS = 6;

    /** The longest label. */
    public static final int MAX_LABEL = 20;

    /**
     * One level of the scale: its label and whether it counts — as on schedule (予定通り) on the mid-year scale, as
     * achieved (達成) on the result scale.
     */
    public record Level(String label, boolean onSchedule) {
        public Level {
            label = label == null ? "" : label.strip();
            if (label.isEmpty()) {
                throw new IllegalArgumentException(Messages.get("midyear.scale.labelRequired"));
            }
            if (label.length() > MAX_LABEL) {
                throw new IllegalArgumentException(Messages.get("midyear.scale.labelTooLong", MAX_LABEL));
            }
        }
    }

    public ProgressScale {
        levels = List.copyOf(levels);
        if (levels.size() < 2 || levels.size() > MAX_LEVELS) {
            throw new IllegalArgumentException(Messages.get("midyear.scale.size", MAX_LEVELS));
        }
        Set<String> seen = new HashSet<>();
        for (Level l : levels) {
            if (!seen.add(l.label())) {
                throw new IllegalArgumentException(Messages.get("midyear.scale.labelTwice", l.label()));
            }
        }
    }

    /** The scale a municipality starts with. */
    public static ProgressScale defaultFor(ScaleKind kind) {
        return switch (kind) {
            case MID_YEAR ->
                new ProgressScale(List.of(
                        new Level("順調", true),
                        new Level("概ね順調", true),
                        new Level("遅れ", false),
                        new Level("未着手", false)));
            case RESULT ->
                new ProgressScale(List.of(
                        new Level("達成", true),
                        new Level("一部達成", false),
                        new Level("着手", false),
                        new Level("未達成", false)));
        };
    }

    public Optional<Level> level(@Nullable String label) {
        String wanted = label == null ? "" : label.strip();
        return levels.stream().filter(l -> l.label().equals(wanted)).findFirst();
    }

    /**
     * Whether a recorded label counts (as on schedule, or for results as achieved): by this scale, or — for a label
     * recorded before the scale changed — by the kind's default scale.
     */
    public boolean counts(ScaleKind kind, @Nullable String label) {
        return level(label)
                .or(() -> defaultFor(kind).level(label))
                .map(Level::onSchedule)
                .orElse(false);
    }

    public List<String> labels() {
        return levels.stream().map(Level::label).toList();
    }
}
