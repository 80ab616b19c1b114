package jp.hoshin.departmentplan;

import jp.hoshin.departmentplan.PlanStepTaken.Act;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanStepTakenTest {

    @Test
    void backToDraftIsASendBackFromSubmittedOrConsultationAndARevisionFromFinalizedOrPublished() {
        assertThat(PlanStepTaken.act(PlanStatus.SUBMITTED, PlanStatus.DRAFT)).isEqualTo(Act.SENT_BACK);
        assertThat(PlanStepTaken.act(PlanStatus.IN_CONSULTATION, PlanStatus.DRAFT))
                .isEqualTo(Act.SENT_BACK);
        assertThat(PlanStepTaken.act(PlanStatus.FINALIZED, PlanStatus.DRAFT)).isEqualTo(Act.REVISION_STARTED);
        assertThat(PlanStepTaken.act(PlanStatus.PUBLISHED, PlanStatus.DRAFT)).isEqualTo(Act.REVISION_STARTED);
        assertThat(PlanStepTaken.act(PlanStatus.DRAFT, PlanStatus.SUBMITTED)).isEqualTo(Act.SUBMITTED);
        assertThat(PlanStepTaken.act(PlanStatus.SUBMITTED, PlanStatus.IN_CONSULTATION))
                .isEqualTo(Act.CONSULTATION_STARTED);
        assertThat(PlanStepTaken.act(PlanStatus.IN_CONSULTATION, PlanStatus.FINALIZED))
                .isEqualTo(Act.FINALIZED);
        assertThat(PlanStepTaken.act(PlanStatus.FINALIZED, PlanStatus.PUBLISHED))
                .isEqualTo(Act.PUBLISHED);
    }

    @Test
    void linksToThePlansStaffPage() {
        assertThat(new PlanStepTaken("132047", 2026, "kikaku", PlanStepTaken.Track.RESULTS, Act.PUBLISHED, "u", null)
                        .url())
                .isEqualTo("/staff/m/132047/2026/plans/kikaku");
    }
}
