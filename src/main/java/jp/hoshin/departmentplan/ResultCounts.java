package jp.hoshin.departmentplan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 達成状況の集計 — how many goals ended with each level of the municipality's result scale, in the scale's order, and
 * how many carry a label the scale no longer has ({@code other}: recorded before the scale changed, they keep their
 * label). {@code achieved} counts the levels marked as achieved (and, for old labels, the default scale's).
 */
public record ResultCounts(List<LevelCount> levels, long other, long achieved, long recorded, long total) {

    /** One level of the scale and how many goals ended with it. */
    public record LevelCount(String label, boolean achieved, long count) {}

    public ResultCounts {
        levels = List.copyOf(levels);
    }

    /** Counts the results of the projects on the scale. */
    public static ResultCounts of(ProgressScale scale, Collection<ProjectView> projects) {
        return ofResults(scale, projects.stream().map(ProjectView::result).toList());
    }

    /**
     * Counts results on the scale: one label per goal, null for a goal without a result. One pass over the results (the
     * results page counts every department's goals and the year's: with a stream per level it was 5 % of its CPU).
     */
    public static ResultCounts ofResults(ProgressScale scale, Collection<@Nullable String> results) {
        List<ProgressScale.Level> scaleLevels = scale.levels();
        long[] byLevel = new long[scaleLevels.size()];
        long recorded = 0;
        long inScale = 0;
        long achieved = 0;
        for (String result : results) {
            if (result == null) {
                continue;
            }
            recorded++;
            int level = indexOf(scaleLevels, result);
            if (level >= 0) {
                byLevel[level]++;
                inScale++;
            }
            if (level >= 0 ? scaleLevels.get(level).onSchedule() : scale.counts(ScaleKind.RESULT, result)) {
                achieved++;
            }
        }
        List<LevelCount> levels = new ArrayList<>(scaleLevels.size());
        for (int i = 0; i < scaleLevels.size(); i++) {
            levels.add(new LevelCount(
                    scaleLevels.get(i).label(), scaleLevels.get(i).onSchedule(), byLevel[i]));
        }
        return new ResultCounts(levels, recorded - inScale, achieved, recorded, results.size());
    }

    private static int indexOf(List<ProgressScale.Level> levels, String label) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether some goals carry a label the scale no longer has (the pages then show an 「その他」 column). */
    public boolean hasOther() {
        return other > 0;
    }

    /** The counts as one line, e.g. 「達成 2・一部達成 1・着手 0・未達成 0」 ({@code otherLabel} for old labels, if any). */
    public String text(String otherLabel) {
        List<String> parts = new ArrayList<>();
        levels.forEach(l -> parts.add(l.label() + " " + l.count()));
        if (hasOther()) {
            parts.add(otherLabel + " " + other);
        }
        return String.join("・", parts);
    }
}
