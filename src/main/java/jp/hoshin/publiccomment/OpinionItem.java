package jp.hoshin.publiccomment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * 意見の要旨 — one item of an opinion (its own text or an excerpt of it) with the city's answer: 市の考え方, the 反映区分
 * and the change made to the plan, or the answer of another item of the consultation it shares ({@code answerOf}).
 * Items are numbered 1…N across the consultation in the results.
 */
@Entity
@Audited
@Table(name = "opinion_item")
class OpinionItem {

    static final int MAX_TEXT = 4000;
    static final int MAX_TOPIC = 100;
    static final int MAX_VIEW = 4000;
    static final int MAX_CHANGE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long consultationId;
    private long opinionId;
    private int position;
    private String text;
    private @Nullable String topic;
    private @Nullable String cityView;
    private @Nullable String reflection;
    private @Nullable String changeNote;
    private @Nullable Long answerOf;

    @Version
    private long version;

    protected OpinionItem() {}

    OpinionItem(long consultationId, long opinionId, int position, String text) {
        this.consultationId = consultationId;
        this.opinionId = opinionId;
        this.position = position;
        this.text = requireText(text);
    }

    private static String requireText(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException(Messages.get("comment.item.textRequired"));
        }
        return text;
    }

    /**
     * 市の考え方: the item's text and group (論点 or the plan's chapter), and either its own answer (the view, a 反映区分
     * of the municipality's list and the change) or the answer of another item ({@code shared}).
     */
    void answer(ItemAnswer a, @Nullable OpinionItem shared) {
        this.text = requireText(a.text());
        this.topic = a.topic();
        if (shared != null) {
            if (shared.id.equals(id)) {
                throw new BusinessRuleException(Messages.get("comment.item.sharesItself"));
            }
            this.answerOf = shared.answerOf != null ? shared.answerOf : shared.id;
            this.cityView = null;
            this.reflection = null;
            this.changeNote = null;
        } else {
            this.answerOf = null;
            this.cityView = a.cityView();
            this.reflection = a.reflection();
            this.changeNote = a.changeNote();
        }
    }

    /** No longer shares the answer of the removed item. */
    void unshare() {
        answerOf = null;
    }

    Long id() {
        return id;
    }

    long opinionId() {
        return opinionId;
    }

    long consultationId() {
        return consultationId;
    }

    @Nullable
    String topic() {
        return topic;
    }

    int position() {
        return position;
    }

    long version() {
        return version;
    }

    @Nullable
    Long answerOf() {
        return answerOf;
    }

    OpinionItemView view(int number, @Nullable OpinionItem answered, int answeredNumber) {
        OpinionItem a = answered == null ? this : answered;
        return new OpinionItemView(
                id,
                opinionId,
                position,
                number,
                text,
                topic,
                a.cityView,
                a.reflection,
                a.changeNote,
                answerOf,
                answered == null ? 0 : answeredNumber,
                version);
    }
}
