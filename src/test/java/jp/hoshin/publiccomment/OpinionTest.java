package jp.hoshin.publiccomment;

import java.lang.reflect.Field;
import java.time.Instant;

import jp.hoshin.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 意見 as an aggregate, without Spring: publishing or withholding it, and forgetting the submitter. */
class OpinionTest {

    private static Opinion received() throws ReflectiveOperationException {
        Opinion o = Stored.withId(new Opinion(), 1L);
        Field personalData = Opinion.class.getDeclaredField("personalData");
        personalData.setAccessible(true);
        personalData.set(o, new byte[] {1, 2, 3});
        return o;
    }

    private static OpinionHandling handling(Publication publication, String withheldReason) {
        return new OpinionHandling(publication, withheldReason);
    }

    @Test
    void withholdingNeedsAReason() throws Exception {
        assertThatThrownBy(() -> received().handle(handling(Publication.WITHHELD, " ")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("公表しない場合は、その理由を入力してください。");
    }

    @Test
    void aReasonForWithholdingIsKeptOnlyWhileWithheld() throws Exception {
        Opinion o = received();
        o.handle(handling(Publication.WITHHELD, "個人が特定されるため"));
        assertThat(o.view(null).withheldReason()).isEqualTo("個人が特定されるため");
        o.handle(handling(Publication.FULL, "個人が特定されるため"));
        assertThat(o.view(null).withheldReason()).isNull();
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
