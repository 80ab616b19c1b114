package jp.hoshin.departmentplan;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting results on a municipality's scale: by its levels in order, old labels apart, achieved by the marked levels. */
class ResultCountsTest {

    private static ProjectView project(int number, @Nullable String result) {
        return new ProjectView(
                number, number, "目標" + number, null, null, false, List.of(), result, null, null, null, null);
    }

    @Test
    void theDefaultScaleCountsAsBefore() {
        ResultCounts counts = ResultCounts.of(
                ProgressScale.defaultFor(ScaleKind.RESULT),
                List.of(project(1, "達成"), project(2, "未達成"), project(3, "達成"), project(4, null)));
        assertThat(counts.levels())
                .extracting(ResultCounts.LevelCount::label, ResultCounts.LevelCount::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("達成", 2L),
                        org.assertj.core.groups.Tuple.tuple("一部達成", 0L),
                        org.assertj.core.groups.Tuple.tuple("着手", 0L),
                        org.assertj.core.groups.Tuple.tuple("未達成", 1L));
        assertThat(counts.hasOther()).isFalse();
        assertThat(counts.achieved()).isEqualTo(2);
        assertThat(counts.total()).isEqualTo(4);
        assertThat(counts.text("その他")).isEqualTo("達成 2・一部達成 0・着手 0・未達成 1");
    }

    @Test
    void aCitysScaleCountsItsOwnLevelsAndKeepsOldLabelsApart() {
        ProgressScale scale = new ProgressScale(List.of(
                new ProgressScale.Level("S", true),
                new ProgressScale.Level("A", true),
                new ProgressScale.Level("B", false)));
        ResultCounts counts =
                ResultCounts.of(scale, List.of(project(1, "A"), project(2, "B"), project(3, "達成"), project(4, "一部達成")));
        assertThat(counts.levels()).extracting(ResultCounts.LevelCount::count).containsExactly(0L, 1L, 1L);
        assertThat(counts.other()).isEqualTo(2);
        assertThat(counts.achieved())
                .as("A, and 達成 by the default scale it was recorded on")
                .isEqualTo(2);
        assertThat(counts.text("その他")).isEqualTo("S 0・A 1・B 1・その他 2");
        assertThat(scale.counts(ScaleKind.RESULT, "一部達成")).isFalse();
    }
}
