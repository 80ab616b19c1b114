package jp.hoshin.committee;

import java.util.List;

import jp.hoshin.committee.FollowUpHistory.Entry;
import jp.hoshin.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The follow-up rules of a 提言: open until 対応済 or 対応しない, followed on later sheets, recorded going forward. */
class FollowUpHistoryTest {

    @Test
    void aRecommendationWithoutFollowUpIsOpenFromItsYearOn() {
        FollowUpHistory h = new FollowUpHistory(2023, List.of());
        assertThat(h.openAsOf(2022)).as("not yet made").isFalse();
        assertThat(h.openAsOf(2023)).isTrue();
        assertThat(h.openAsOf(2030)).isTrue();
        assertThat(h.open()).isTrue();
        assertThat(h.followedIn(2023))
                .as("its own year shows it as this year's")
                .isFalse();
        assertThat(h.followedIn(2024)).isTrue();
        assertThat(h.followedIn(2027)).isTrue();
    }

    @Test
    void inProgressAndNotStartedKeepItOpen() {
        FollowUpHistory h = new FollowUpHistory(
                2022,
                List.of(
                        new Entry(2024, FollowUpState.NOT_STARTED, "予算化できず"),
                        new Entry(2023, FollowUpState.IN_PROGRESS, "")));
        assertThat(h.entries()).extracting(Entry::fiscalYear).containsExactly(2023, 2024);
        assertThat(h.open()).isTrue();
        assertThat(h.asOf(2023).orElseThrow().state()).isEqualTo(FollowUpState.IN_PROGRESS);
        assertThat(h.asOf(2025).orElseThrow().state()).isEqualTo(FollowUpState.NOT_STARTED);
        assertThat(h.asOf(2022)).as("no state before the first follow-up").isEmpty();
        assertThat(h.followedIn(2025)).isTrue();
    }

    @Test
    void doneOrDeclinedClosesItFromThatYear() {
        for (FollowUpState closing : List.of(FollowUpState.DONE, FollowUpState.DECLINED)) {
            FollowUpHistory h = new FollowUpHistory(
                    2022, List.of(new Entry(2023, FollowUpState.IN_PROGRESS, ""), new Entry(2024, closing, "")));
            assertThat(h.open()).as(closing.name()).isFalse();
            assertThat(h.openAsOf(2023)).as("still open before it was closed").isTrue();
            assertThat(h.openAsOf(2024)).isFalse();
            assertThat(h.followedIn(2024))
                    .as("shown in the year it is closed, with its closing state")
                    .isTrue();
            assertThat(h.followedIn(2025)).as("and no more after").isFalse();
        }
        assertThat(FollowUpState.DONE.closes()).isTrue();
        assertThat(FollowUpState.DECLINED.closes()).isTrue();
        assertThat(FollowUpState.IN_PROGRESS.closes()).isFalse();
        assertThat(FollowUpState.NOT_STARTED.closes()).isFalse();
    }

    @Test
    void aFollowUpIsRecordedInALaterYearGoingForwardAndNotAfterClosing() {
        FollowUpHistory fresh = new FollowUpHistory(2023, List.of());
        assertThatThrownBy(() -> fresh.checkRecord(2023))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("対応状況は、提言を受けた年度より後の年度に記録します。");
        assertThatThrownBy(() -> fresh.checkRecord(2021)).isInstanceOf(BusinessRuleException.class);
        fresh.checkRecord(2024);

        FollowUpHistory followed = new FollowUpHistory(2023, List.of(new Entry(2025, FollowUpState.IN_PROGRESS, "")));
        followed.checkRecord(2025); // the latest year's entry may be corrected
        followed.checkRecord(2026);
        assertThatThrownBy(() -> followed.checkRecord(2024))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("後の年度の対応状況がすでにあります。対応状況は最新の年度に記録してください。");

        FollowUpHistory closed = new FollowUpHistory(2023, List.of(new Entry(2024, FollowUpState.DONE, "")));
        closed.checkRecord(2024); // correcting the closing year's entry (e.g. back to 対応中) is allowed
        assertThatThrownBy(() -> closed.checkRecord(2025))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この提言は対応済または対応しないとして完了しています。");
    }
}
