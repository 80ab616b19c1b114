package jp.hoshin.publiccomment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** パブリックコメント案件 as an aggregate, without Spring: 公示, the period by the clock, 結果の公表, and every refusal. */
class ConsultationTest {

    private static final ConsultationContent CONTENT = new ConsultationContent(
            "kikaku",
            "個別計画（素案）への意見募集",
            null,
            List.of(1L),
            null,
            ConsultationPeriod.standard(LocalDate.of(2026, 1, 1)),
            new Channels(true, null, null, null, null),
            365);

    private static Instant japan(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(ConsultationPeriod.JAPAN)
                .toInstant();
    }

    private static Consultation announced() {
        Consultation c = Stored.withId(new Consultation("132047", CONTENT), 1L);
        c.announce(japan("2025-12-20T09:00:00"));
        return c;
    }

    @Test
    void aRowWrittenWithoutPlansReadsAsNoPlansNotAnError() {
        // Hoshin never writes one (see below), but bench/national.sql does, and reading it must not fail a whole page
        Consultation c = Stored.withId(new Consultation("132047", CONTENT), 1L);
        org.springframework.test.util.ReflectionTestUtils.setField(c, "planIds", "");
        assertThat(c.planIdList()).isEmpty();
        org.springframework.test.util.ReflectionTestUtils.setField(c, "planIds", "3, 5");
        assertThat(c.planIdList()).containsExactly(3L, 5L);
    }

    @Test
    void aConsultationNeedsAtLeastOnePlan() {
        assertThatThrownBy(() -> new Consultation("132047", CONTENT.withPlanIds(List.of())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("対象の個別計画を1つ以上選んでください。");
    }

    @Test
    void itIsAnnouncedOnce() {
        Consultation c = announced();
        assertThat(c.statusAt(japan("2025-12-20T09:00:00"))).isEqualTo(ConsultationStatus.UPCOMING);
        assertThatThrownBy(() -> c.announce(japan("2025-12-21T09:00:00")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この案件はすでに公示しています。");
    }

    @Test
    void anAnnouncedConsultationIsOpenFromTheStartDayToTheDeadlineDayInJapan() {
        Consultation c = announced();
        assertThat(c.statusAt(japan("2025-12-31T23:59:59"))).isEqualTo(ConsultationStatus.UPCOMING);
        assertThat(c.statusAt(japan("2026-01-01T00:00:00"))).isEqualTo(ConsultationStatus.OPEN);
        assertThat(c.statusAt(japan("2026-01-30T23:59:59"))).isEqualTo(ConsultationStatus.OPEN);
        assertThat(c.statusAt(japan("2026-01-31T00:00:00"))).isEqualTo(ConsultationStatus.CLOSED);
    }

    @Test
    void resultsAreRefusedBeforeTheAnnouncementAndBeforeThePeriodEnds() {
        Consultation preparing = new Consultation("132047", CONTENT);
        assertThatThrownBy(() -> preparing.publishResults(japan("2026-02-10T09:00:00"), null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("意見募集期間が終わるまで結果は公表できません。");
        Consultation c = announced();
        assertThatThrownBy(() -> c.publishResults(japan("2026-01-30T23:59:59"), null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("意見募集期間が終わるまで結果は公表できません。");
    }

    @Test
    void resultsArePublishedOnceAfterThePeriodAndThenNothingChanges() {
        Consultation c = announced();
        c.publishResults(japan("2026-01-31T00:00:00"), "主な変更点");
        assertThat(c.statusAt(japan("2026-02-01T00:00:00"))).isEqualTo(ConsultationStatus.RESULTS_PUBLISHED);
        assertThat(c.view(japan("2026-02-01T00:00:00")).changesSummary()).isEqualTo("主な変更点");
        assertThatThrownBy(() -> c.publishResults(japan("2026-02-01T00:00:00"), null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("結果はすでに公表しています。");
        assertThatThrownBy(() -> c.describe(CONTENT))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("結果を公表した案件は変更できません。");
        assertThatThrownBy(() -> c.acceptRecordedOpinion(LocalDate.of(2026, 1, 20), japan("2026-02-01T00:00:00")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("結果を公表した案件には意見を追加できません。");
        assertThatThrownBy(() -> c.allowOpinionChanges(japan("2026-02-01T00:00:00")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("結果を公表した案件の意見は変更できません。");
    }

    @Test
    void theWebFormTakesOpinionsOnlyWhileOpen() {
        assertThatThrownBy(() -> new Consultation("132047", CONTENT).acceptWebOpinion(japan("2026-01-10T12:00:00")))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("この意見募集は見つかりません。");
        Consultation c = announced();
        assertThatThrownBy(() -> c.acceptWebOpinion(japan("2025-12-31T23:59:59")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この意見募集はまだ始まっていません（2026-01-01 から受け付けます）。");
        assertThatCode(() -> c.acceptWebOpinion(japan("2026-01-30T23:59:59"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> c.acceptWebOpinion(japan("2026-01-31T00:00:00")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この意見募集は締め切りました（2026-01-30 必着）。");
    }

    @Test
    void aConsultationWithoutTheWebFormRefusesItEvenWhileOpen() {
        Consultation c = new Consultation(
                "132047", CONTENT.withChannels(new Channels(false, "〒181-8555 三鷹市役所", null, null, null)));
        c.announce(japan("2025-12-20T09:00:00"));
        assertThatThrownBy(() -> c.acceptWebOpinion(japan("2026-01-10T12:00:00")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この意見募集は意見募集フォームでは受け付けていません。");
    }

    @Test
    void anOpinionByPostIsRecordedFromTheStartDayUntilTodayAndLateOnesAreTaken() {
        Consultation c = announced();
        assertThatThrownBy(() -> c.acceptRecordedOpinion(LocalDate.of(2025, 12, 31), japan("2026-01-10T12:00:00")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("受付日が意見募集の開始日より前です。");
        assertThatThrownBy(() -> c.acceptRecordedOpinion(LocalDate.of(2026, 1, 11), japan("2026-01-10T23:59:59")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("受付日に未来の日付は入力できません。");
        assertThatCode(() -> c.acceptRecordedOpinion(LocalDate.of(2026, 2, 3), japan("2026-02-05T12:00:00")))
                .doesNotThrowAnyException();
        assertThat(c.period().late(LocalDate.of(2026, 2, 3))).isTrue();
    }

    @Test
    void theHandlingMayChangeUntilTheResultsArePublished() {
        Consultation c = announced();
        assertThatCode(() -> c.allowOpinionChanges(japan("2026-02-05T12:00:00")))
                .doesNotThrowAnyException();
    }
}
