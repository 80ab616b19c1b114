package jp.hoshin.publiccomment;

import java.lang.reflect.Field;
import java.time.Instant;

import jp.hoshin.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 意見 as an aggregate, without Spring: 意見の整理 and its refusals, and forgetting the submitter. */
class OpinionTest {

    private static Opinion received() throws ReflectiveOperationException {
        Opinion o = Stored.withId(new Opinion(), 1L);
        Field personalData = Opinion.class.getDeclaredField("personalData");
        personalData.setAccessible(true);
        personalData.set(o, new byte[] {1, 2, 3});
        return o;
    }

    private static OpinionHandling handling(Publication publication, String summary, String withheldReason, int count) {
        return new OpinionHandling("基盤の整備", "順次整備します。", false, null, publication, summary, withheldReason, count);
    }

    @Test
    void withholdingNeedsAReason() throws Exception {
        assertThatThrownBy(() -> received().handle(handling(Publication.WITHHELD, null, " ", 1)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("公表しない場合は、その理由を入力してください。");
    }

    @Test
    void publishingASummaryNeedsTheSummary() throws Exception {
        assertThatThrownBy(() -> received().handle(handling(Publication.SUMMARY, null, null, 1)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("要旨を公表する場合は、要旨を入力してください。");
    }

    @Test
    void theCountIsFromOneToAHundred() throws Exception {
        Opinion o = received();
        assertThatThrownBy(() -> o.handle(handling(Publication.FULL, null, null, 0)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("意見の件数は1から100の間で入力してください。");
        assertThatThrownBy(() -> o.handle(handling(Publication.FULL, null, null, 101)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("意見の件数は1から100の間で入力してください。");
        o.handle(handling(Publication.FULL, null, null, 100));
        assertThat(o.view(null).opinionCount()).isEqualTo(100);
    }

    @Test
    void aReasonForWithholdingIsKeptOnlyWhileWithheld() throws Exception {
        Opinion o = received();
        o.handle(handling(Publication.WITHHELD, null, "個人が特定されるため", 1));
        assertThat(o.view(null).withheldReason()).isEqualTo("個人が特定されるため");
        o.handle(handling(Publication.FULL, null, "個人が特定されるため", 1));
        assertThat(o.view(null).withheldReason()).isNull();
        assertThat(o.view(null).cityView()).isEqualTo("順次整備します。");
    }

    @Test
    void forgettingTheSubmitterKeepsTheOpinionAndRecordsWhen() throws Exception {
        Opinion o = received();
        Instant at = Instant.parse("2027-01-31T00:00:00Z");
        o.forgetSubmitter(at);
        assertThat(o.personalData()).isNull();
        assertThat(o.view(null).personalDataDeletedAt()).isEqualTo(at);
        o.forgetSubmitter(at.plusSeconds(3600));
        assertThat(o.view(null).personalDataDeletedAt()).isEqualTo(at);
    }
}
