package jp.hoshin.publiccomment;

import java.util.List;
import java.util.Set;

import jp.hoshin.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 意見の要旨 as values, without Spring: answering, sharing another item's answer, and the numbers 1…N of the results. */
class OpinionItemTest {

    private static OpinionItem item(long id, long opinionId, int position, String text) {
        return Stored.withId(new OpinionItem(7L, opinionId, position, text), id);
    }

    private static ItemAnswer own(String topic, String view, String reflection) {
        return new ItemAnswer("要旨", topic, view, reflection, null, null);
    }

    @Test
    void anItemNeedsItsText() {
        assertThatThrownBy(() -> new OpinionItem(7L, 1L, 1, " "))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("意見の要旨を入力してください。");
    }

    @Test
    void anItemSharingAnAnswerShowsThatAnswerAndNotItsOwn() {
        OpinionItem a = item(1, 10, 1, "講習会を増やして");
        OpinionItem b = item(2, 11, 1, "講習会の回数を増やして");
        a.answer(own("講習会", "主な事業に加えました。", "反映する"), null);
        b.answer(own("講習会", "別の考え方", "反映しない"), null);
        b.answer(new ItemAnswer("講習会の回数を増やして", "講習会", null, null, null, 1), a);
        ItemNumbering numbering = new ItemNumbering(List.of(a, b), Set.of());
        OpinionItemView shown = numbering.view(b);
        assertThat(shown.cityView()).isEqualTo("主な事業に加えました。");
        assertThat(shown.reflection()).isEqualTo("反映する");
        assertThat(shown.sharedNumber()).isEqualTo(1);
        assertThat(shown.answered()).isTrue();
        assertThatThrownBy(() -> a.answer(own("講習会", "x", "反映する"), a))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("同じ回答とする意見に、この意見自身の番号は指定できません。");
    }

    @Test
    void itemsAreNumberedByTopicThenInTheOrderTheyCameAndWithheldOpinionsAreLeftOut() {
        OpinionItem late = item(1, 10, 1, "無線LAN");
        OpinionItem first = item(2, 11, 1, "講習会");
        OpinionItem second = item(3, 11, 2, "電子書籍");
        OpinionItem noTopic = item(4, 12, 1, "その他");
        OpinionItem withheld = item(5, 13, 1, "公表しない");
        late.answer(own("基盤の整備", "整備します。", "今後の参考とする"), null);
        first.answer(own("手続き", "加えました。", "反映する"), null);
        second.answer(own("手続き", "盛り込み済みです。", "既に盛り込み済み"), null);
        ItemNumbering numbering = new ItemNumbering(List.of(late, first, second, noTopic, withheld), Set.of(13L));
        // 基盤の整備 (its first item came first) before 手続き, items without a topic last
        assertThat(numbering.ordered()).containsExactly(late, first, second, noTopic);
        assertThat(numbering.number(2)).isEqualTo(2);
        assertThat(numbering.number(3)).isEqualTo(3);
        assertThat(numbering.number(5)).isZero();
        assertThat(numbering.byNumber(1)).isSameAs(late);
        assertThat(numbering.byNumber(5)).isNull();
        assertThat(numbering.view(noTopic).answered()).isFalse();
    }
}
