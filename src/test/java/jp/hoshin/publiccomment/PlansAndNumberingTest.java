package jp.hoshin.publiccomment;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jp.hoshin.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without Spring: a plan internal until published (once), a draft document replaced or withdrawn once, and the result
 * numbers grouping 論点 in the order of their first item (第2章 before 第10章), or by the archive's own numbers.
 */
class PlansAndNumberingTest {

    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

    private static IndividualPlan plan() {
        return Stored.withId(
                new IndividualPlan(
                        "132047",
                        new IndividualPlanContent(
                                "図書館計画",
                                false,
                                IndividualPlanKind.FORMULATION,
                                "kikaku",
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                null,
                                List.of())),
                1L);
    }

    @Test
    void aPlanIsInternalUntilPublishedAndIsPublishedOnce() {
        IndividualPlan plan = plan();
        assertThat(plan.view().published()).isFalse();
        plan.publish(NOW);
        assertThat(plan.view().published()).isTrue();
        assertThatThrownBy(() -> plan.publish(NOW))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この計画はすでに公開しています。");
        // announcing a consultation on a published plan changes nothing
        plan.publishForConsultation(NOW.plusSeconds(60));
        assertThat(plan.view().publishedAt()).isEqualTo(NOW);
    }

    @Test
    void announcingAConsultationPublishesAnInternalPlan() {
        IndividualPlan plan = plan();
        plan.publishForConsultation(NOW);
        assertThat(plan.view().published()).isTrue();
    }

    @Test
    void aDraftDocumentIsReplacedOrWithdrawnOnceAndKept() {
        DraftDocument d = Stored.withId(new DraftDocument(1L, "素案", "soan.pdf", "%PDF-".getBytes(), NOW), 5L);
        assertThat(d.current()).isTrue();
        d.replaceWith(6L, NOW);
        assertThat(d.current()).isFalse();
        assertThatThrownBy(() -> d.withdraw(NOW)).hasMessage("この資料はすでに差し替えたか取り下げています。");
        DraftDocument other = Stored.withId(new DraftDocument(1L, "概要", "gaiyo.pdf", "%PDF-".getBytes(), NOW), 7L);
        other.withdraw(NOW);
        assertThat(other.current()).isFalse();
        assertThat(other.content()).isNotEmpty();
    }

    private static OpinionItem item(long id, long opinion, int position, String topic) {
        OpinionItem i = Stored.withId(new OpinionItem(7L, opinion, position, "意見" + id), id);
        i.answer(new ItemAnswer("意見" + id, topic, "考え方", "反映する", null, null), null);
        return i;
    }

    @Test
    void topicGroupsFollowTheirFirstItemNotTheirText() {
        List<OpinionItem> items =
                List.of(item(1, 1, 1, "第2章"), item(2, 2, 1, "第10章"), item(3, 3, 1, "第2章"), item(4, 4, 1, null));
        ItemNumbering n = new ItemNumbering(items, Set.of());
        assertThat(n.ordered()).extracting(OpinionItem::id).containsExactly(1L, 3L, 2L, 4L);
        assertThat(n.number(2L)).isEqualTo(3);
    }

    @Test
    void anArchivedConsultationKeepsTheNumbersOfTheCitysResults() {
        // items on the opinions of two channels, numbered 1…3 by the archive (positions)
        List<OpinionItem> items = List.of(item(1, 9, 2, "第2章"), item(2, 8, 1, "第2章"), item(3, 8, 3, "第3章"));
        ItemNumbering n = new ItemNumbering(items, Set.of(), true);
        assertThat(n.ordered()).extracting(OpinionItem::id).containsExactly(2L, 1L, 3L);
    }
}
