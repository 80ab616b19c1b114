package jp.hoshin.customfield;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An extra field's value is checked like a built-in field, in plain Java. */
class FieldCheckTest {

    private static FieldDefinitionView field(
            long id, String label, FieldKind kind, List<String> options, boolean required, Integer max) {
        return new FieldDefinitionView(id, FieldTarget.PROJECT, label, kind, options, required, (int) id, max, 0);
    }

    private static final FieldDefinitionView RANK =
            field(1, "重点区分", FieldKind.CHOICE, List.of("A", "B", "レベルアップ"), true, null);
    private static final FieldDefinitionView WEIGHT = field(2, "ウエイト", FieldKind.NUMBER, List.of(), false, null);
    private static final FieldDefinitionView DUE = field(3, "完了予定日", FieldKind.DATE, List.of(), false, null);
    private static final FieldDefinitionView NAME = field(4, "担当課長名", FieldKind.TEXT, List.of(), false, 5);
    private static final List<FieldDefinitionView> ALL = List.of(RANK, WEIGHT, DUE, NAME);

    @Test
    void valuesAsPeopleTypeThemAreStoredInOneForm() {
        CheckedValues checked = FieldCheck.check(ALL, Map.of(1L, "ａ", 2L, "１，２００．５０", 3L, "令和元年5月1日", 4L, "　三鷹　太郎　"));
        assertThat(checked.ok()).isTrue();
        assertThat(checked.values())
                .containsExactlyInAnyOrderEntriesOf(Map.of(1L, "A", 2L, "1200.50", 3L, "2019-05-01", 4L, "三鷹　太郎"));
    }

    @Test
    void everyWrongValueIsRefusedWithItsLabelAndWhatWasTypedIsKept() {
        CheckedValues checked = FieldCheck.check(ALL, Map.of(1L, " ", 2L, "多い", 3L, "3月32日", 4L, "とても長い名前です"));
        assertThat(checked.errors())
                .containsEntry(1L, "重点区分を入力してください。")
                .containsEntry(2L, "ウエイトは数値で入力してください（例：1,200、１２．５）。")
                .containsEntry(3L, "完了予定日は日付で入力してください（例：2026-04-01、令和8年4月1日、R8.4.1）。");
        assertThat(checked.errors().get(4L)).startsWith("担当課長名は");
        assertThat(checked.values()).isEmpty();
        assertThat(checked.typed()).containsEntry(2L, "多い").containsEntry(3L, "3月32日");
    }

    @Test
    void aChoiceMustBeOneOfTheOptionsAndOptionalFieldsMayStayEmpty() {
        CheckedValues checked = FieldCheck.check(ALL, Map.of(1L, "C"));
        assertThat(checked.errors()).containsOnlyKeys(1L);
        assertThat(checked.errors().get(1L)).isEqualTo("重点区分は次のいずれかを入力してください：A、B、レベルアップ");
        assertThat(FieldCheck.check(ALL, Map.of(1L, "レベルアップ")).values()).containsExactlyEntriesOf(Map.of(1L, "レベルアップ"));
    }

    @Test
    void aDateIsShownInWarekiWithItsWesternYear() {
        assertThat(new ExtraField("完了予定日", FieldKind.DATE, "2027-03-31").display())
                .isEqualTo("令和9（2027）年3月31日");
        assertThat(new ExtraField("ウエイト", FieldKind.NUMBER, "12.50").display()).isEqualTo("12.50");
    }
}
