package jp.hoshin.publiccomment.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.publiccomment.ItemAnswer;
import jp.hoshin.publiccomment.OpinionItemView;
import jp.hoshin.publiccomment.ReflectionCategory;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The staff form of one item: its text (意見の要旨), group, 市の考え方, 反映区分, the change, or the number of the item
 * whose answer it shares. Kept as typed (flashed back with a message per field when a check fails).
 */
record ItemForm(
        String text,
        String topic,
        String cityView,
        String reflection,
        String changeNote,
        String sharesAnswerOf,
        long version)
        implements Serializable {

    static final int MAX_TEXT = 4000;
    static final int MAX_TOPIC = 100;
    static final int MAX_VIEW = 4000;
    static final int MAX_CHANGE = 2000;

    ItemForm {
        text = nz(text);
        topic = nz(topic);
        cityView = nz(cityView);
        reflection = nz(reflection);
        changeNote = nz(changeNote);
        sharesAnswerOf = nz(sharesAnswerOf);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    static ItemForm of(OpinionItemView i) {
        return new ItemForm(
                i.text(),
                nz(i.topic()),
                i.answerOf() == null ? nz(i.cityView()) : "",
                i.answerOf() == null ? nz(i.reflection()) : "",
                i.answerOf() == null ? nz(i.changeNote()) : "",
                i.sharedNumber() > 0 ? String.valueOf(i.sharedNumber()) : "",
                i.version());
    }

    /** A message per field that is wrong (empty when all is well). */
    Map<String, String> check(List<ReflectionCategory> categories) {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = JapaneseText.text(text);
        if (t.isEmpty()) {
            errors.put("text", Messages.get("form.requiredField", Messages.get("staff.commentItem.text")));
        }
        length(errors, "text", t, "staff.commentItem.text", MAX_TEXT);
        length(errors, "topic", topic, "staff.comment.topic", MAX_TOPIC);
        length(errors, "cityView", cityView, "site.comment.reply", MAX_VIEW);
        length(errors, "changeNote", changeNote, "staff.comment.changeNote", MAX_CHANGE);
        String shared = JapaneseText.fold(sharesAnswerOf).trim();
        if (!shared.isEmpty() && JapaneseText.parseWholeNumber(shared).isEmpty()) {
            errors.put("sharesAnswerOf", Messages.get("staff.commentItem.sharedNumber"));
        }
        if (!reflection.isEmpty()
                && categories.stream().noneMatch(r -> r.label().equals(reflection))) {
            errors.put("reflection", Messages.get("comment.item.unknownReflection", reflection));
        }
        return errors;
    }

    private static void length(Map<String, String> errors, String field, String value, String labelKey, int max) {
        String t = JapaneseText.text(value);
        if (t.length() > max && !errors.containsKey(field)) {
            errors.put(field, Messages.get("form.tooLongNow", Messages.get(labelKey), max, t.length()));
        }
    }

    ItemAnswer answer() {
        String shared = JapaneseText.fold(sharesAnswerOf).trim();
        return new ItemAnswer(
                JapaneseText.text(text),
                blankToNull(topic),
                blankToNull(cityView),
                reflection.isEmpty() ? null : reflection,
                blankToNull(changeNote),
                shared.isEmpty()
                        ? null
                        : JapaneseText.parseWholeNumber(shared)
                                .map(Long::intValue)
                                .orElse(null));
    }

    private static @Nullable String blankToNull(String s) {
        String t = JapaneseText.text(s);
        return t.isEmpty() ? null : t;
    }

    @Override
    public String toString() {
        return "ItemForm[" + text.length() + " characters]";
    }
}
