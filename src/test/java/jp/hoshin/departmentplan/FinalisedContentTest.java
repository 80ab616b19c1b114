package jp.hoshin.departmentplan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 使命・目標 and resources read from a finalised snapshot without reading its projects. */
class FinalisedContentTest {

    private static final PlanContent CONTENT = new PlanContent(
            "誰もが安心して暮らせるまち",
            "地域で支え合う仕組みをつくります。",
            List.of(new SectionRole("福祉課", "相談支援")),
            120,
            3_400_000_000L,
            "一　協働を進めます。");

    private static ProjectView project(int number) {
        return new ProjectView(
                number,
                number,
                "目標" + number,
                "福祉課",
                "内容" + number,
                number == 1,
                List.of(),
                "達成",
                "説明",
                null,
                null,
                null);
    }

    @Test
    void theContentOfASnapshotAsHoshinWritesIt() {
        DepartmentPlanView plan = new DepartmentPlanView(
                7L,
                3L,
                "fukushi",
                PlanStatus.PUBLISHED,
                CONTENT,
                List.of(project(1), project(2)),
                "総括",
                PlanStatus.PUBLISHED,
                1,
                "理由",
                4L);
        String snapshot = PlanWorkflow.JSON.writeValueAsString(plan);
        assertThat(snapshot.indexOf("\"content\"")).isLessThan(snapshot.indexOf("\"projects\""));

        assertThat(PlanStore.finalisedContent(snapshot)).isEqualTo(CONTENT);
    }

    @Test
    void contentAfterTheProjectsAndNestedNamesAreReadRight() {
        // a project carrying a property named content, and the plan's content last: only the top-level one counts
        String snapshot = "{\"id\":1,\"projects\":[{\"content\":{\"missionHeadline\":\"違う\"},\"number\":1}],"
                + "\"extra\":{\"content\":\"違う\"},\"content\":"
                + PlanWorkflow.JSON.writeValueAsString(CONTENT) + "}";

        assertThat(PlanStore.finalisedContent(snapshot)).isEqualTo(CONTENT);
    }

    @Test
    void aSnapshotWithoutContentIsAnError() {
        assertThatThrownBy(() -> PlanStore.finalisedContent("{\"id\":1,\"projects\":[]}"))
                .isInstanceOf(IllegalStateException.class);
    }
}
