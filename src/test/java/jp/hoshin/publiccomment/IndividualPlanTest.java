package jp.hoshin.publiccomment;

import java.util.List;

import jp.hoshin.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 個別計画 as an aggregate, without Spring: the stages 素案 → 案 → 策定済 in order. */
class IndividualPlanTest {

    private static IndividualPlan outline() {
        return Stored.withId(
                new IndividualPlan(
                        "132047",
                        new IndividualPlanContent(
                                "地域情報化プラン2022",
                                true,
                                IndividualPlanKind.FORMULATION,
                                "kikaku",
                                "情報推進課",
                                null,
                                null,
                                null,
                                null,
                                List.of("基盤の整備", "行政手続きの利便性の向上"),
                                null,
                                List.of())),
                1L);
    }

    private static IndividualPlanStatus status(IndividualPlan plan) {
        return plan.view().status();
    }

    @Test
    void aPlanGoesFromOutlineToProposalToAdopted() {
        IndividualPlan plan = outline();
        assertThat(status(plan)).isEqualTo(IndividualPlanStatus.OUTLINE);
        plan.advance();
        assertThat(status(plan)).isEqualTo(IndividualPlanStatus.PROPOSAL);
        plan.advance();
        assertThat(status(plan)).isEqualTo(IndividualPlanStatus.ADOPTED);
    }

    @Test
    void anAdoptedPlanGoesNoFurther() {
        IndividualPlan plan = outline();
        plan.advance();
        plan.advance();
        assertThatThrownBy(plan::advance)
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("案になった計画だけを策定済にできます（現在: 策定済）。");
    }

    @Test
    void stagesAreNotSkippedOrRepeated() {
        IndividualPlan plan = outline();
        assertThatThrownBy(plan::adopt)
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("案になった計画だけを策定済にできます（現在: 素案）。");
        plan.advanceToProposal();
        assertThatThrownBy(plan::advanceToProposal)
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("素案の計画だけを案にできます（現在: 案）。");
    }

    @Test
    void theMainProjectsKeepTheirOrder() {
        assertThat(outline().view().content().mainProjects()).containsExactly("基盤の整備", "行政手続きの利便性の向上");
    }
}
