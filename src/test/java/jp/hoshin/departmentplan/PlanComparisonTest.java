package jp.hoshin.departmentplan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 比較: what changed between two versions of a plan, per field and per project, marked with text. */
class PlanComparisonTest {

    private static ProjectView project(long id, int number, String title, String description, Long continuedFrom) {
        return new ProjectView(
                id, number, title, "広報課", description, false, List.of(), null, null, null, null, continuedFrom);
    }

    private static DepartmentPlanView plan(String policies, List<ProjectView> projects) {
        return new DepartmentPlanView(
                1,
                1,
                "kikaku",
                PlanStatus.FINALIZED,
                new PlanContent("見出し", "使命", List.of(), 120, 5_000_000L, policies),
                projects,
                null,
                null,
                0,
                null,
                0);
    }

    @Test
    void marksAddedRemovedChangedAndUnchangedFieldsAndProjects() {
        DepartmentPlanView left = plan(
                "情報発信\n効率化",
                List.of(
                        project(10, 1, "ホームページ", "改善", null),
                        project(11, 2, "基幹系", "再構築", null),
                        project(12, 3, "セキュリティ", "ISMS", null)));
        DepartmentPlanView right = plan(
                "情報発信\n効率化\n協働",
                List.of(
                        project(20, 1, "ホームページ改善", "改善", 10L), // continued from 10, renamed
                        project(21, 2, "セキュリティ", "ISMS", null), // same title as 12
                        project(22, 3, "オープンデータ", "公開", null)));

        PlanComparison c = PlanComparison.of(left, right);

        assertThat(c.fields())
                .filteredOn(f -> f.field().equals("実施方針"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.change()).isEqualTo(PlanComparison.Change.CHANGED);
                    assertThat(f.change().mark()).isEqualTo("≠ 変更");
                });
        assertThat(c.fields())
                .filteredOn(f -> f.field().equals("使命・目標"))
                .singleElement()
                .satisfies(f -> assertThat(f.change().mark()).isEqualTo("＝ 変更なし"));
        assertThat(c.changedFields()).isEqualTo(1);

        assertThat(c.projects())
                .extracting(p -> p.change() + " " + p.leftNumber() + "→" + p.rightNumber() + " " + p.title())
                .containsExactly(
                        "CHANGED 1→1 ホームページ改善", "REMOVED 2→null 基幹系", "SAME 3→2 セキュリティ", "ADDED null→3 オープンデータ");
        assertThat(c.projects().getFirst().fields())
                .filteredOn(f -> f.change() != PlanComparison.Change.SAME)
                .extracting(
                        PlanComparison.FieldChange::field,
                        PlanComparison.FieldChange::left,
                        PlanComparison.FieldChange::right)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("事業名", "ホームページ", "ホームページ改善"));
        assertThat(c.projects().get(1).fields().getFirst().change().mark()).isEqualTo("－ 削除");
        assertThat(c.projects().get(3).fields().getFirst().change().mark()).isEqualTo("＋ 追加");
        assertThat(c.count(PlanComparison.Change.ADDED)).isEqualTo(1);
        assertThat(c.count(PlanComparison.Change.REMOVED)).isEqualTo(1);
    }
}
