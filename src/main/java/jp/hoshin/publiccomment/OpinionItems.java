package jp.hoshin.publiccomment;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 意見の要旨と市の考え方 — the items of a consultation's opinions: an opinion split into items (each its own text or an
 * excerpt), each answered with 市の考え方, a 反映区分 of the municipality's list and the change to the plan, or sharing
 * another item's answer. Changes are refused once the results are published. Callers check access first.
 */
@Service
@Transactional
public class OpinionItems {

    private final ConsultationRepository consultations;
    private final OpinionRepository opinions;
    private final OpinionItemRepository items;
    private final ReflectionCategories categories;
    private final Clock clock;

    OpinionItems(
            ConsultationRepository consultations,
            OpinionRepository opinions,
            OpinionItemRepository items,
            ReflectionCategories categories,
            Clock clock) {
        this.consultations = consultations;
        this.opinions = opinions;
        this.items = items;
        this.categories = categories;
        this.clock = clock;
    }

    /** The items of every opinion of the consultation, numbered as in the results, in the order of their opinions. */
    @Transactional(readOnly = true)
    public List<OpinionItemView> items(String municipalityCode, long consultationId) {
        consultations.get(municipalityCode, consultationId);
        ItemNumbering numbering = numbering(consultationId);
        return items.findByConsultationIdOrderByOpinionIdAscPositionAsc(consultationId).stream()
                .map(numbering::view)
                .toList();
    }

    ItemNumbering numbering(long consultationId) {
        Set<Long> withheld = opinions.findByConsultationIdOrderById(consultationId).stream()
                .filter(o -> o.publication() == Publication.WITHHELD)
                .map(Opinion::id)
                .collect(Collectors.toSet());
        boolean archived = consultations
                .findById(consultationId)
                .map(Consultation::archived)
                .orElse(false);
        return new ItemNumbering(
                items.findByConsultationIdOrderByOpinionIdAscPositionAsc(consultationId), withheld, archived);
    }

    /** Adds an item (an excerpt of the opinion, or its own text) after the opinion's last one. */
    public OpinionItemView add(String municipalityCode, long consultationId, long opinionId, String text) {
        Consultation c = consultations.get(municipalityCode, consultationId);
        c.allowOpinionChanges(clock.instant());
        opinions.findById(opinionId)
                .filter(o -> o.consultationId() == consultationId)
                .orElseThrow(() -> new NotFoundException(Messages.get("comment.opinion.notFound")));
        List<OpinionItem> existing = items.findByOpinionIdOrderByPosition(opinionId);
        if (existing.size() >= 100) {
            throw new BusinessRuleException(Messages.get("comment.item.tooMany"));
        }
        int position = existing.isEmpty() ? 1 : existing.getLast().position() + 1;
        OpinionItem item = items.saveAndFlush(new OpinionItem(consultationId, opinionId, position, text));
        return numbering(consultationId).view(item);
    }

    /** 市の考え方: the item's text, group and answer, or the shared answer of the item with that number. */
    public void answer(String municipalityCode, long consultationId, long itemId, long version, ItemAnswer answer) {
        Consultation c = consultations.get(municipalityCode, consultationId);
        c.allowOpinionChanges(clock.instant());
        OpinionItem item = items.get(consultationId, itemId);
        ConcurrentEditException.check(version, item.version());
        OpinionItem shared = null;
        if (answer.sharesAnswerOf() != null) {
            shared = numbering(consultationId).byNumber(answer.sharesAnswerOf());
            if (shared == null) {
                throw new BusinessRuleException(Messages.get("comment.item.noSuchNumber", answer.sharesAnswerOf()));
            }
            if (!items.findByAnswerOf(item.id()).isEmpty()) {
                throw new BusinessRuleException(Messages.get("comment.item.sharedBy"));
            }
        } else if (answer.reflection() != null
                && categories.categories(municipalityCode).stream()
                        .noneMatch(r -> r.label().equals(answer.reflection()))) {
            throw new BusinessRuleException(Messages.get("comment.item.unknownReflection", answer.reflection()));
        }
        item.answer(answer, shared);
    }

    /** Removes an item; an opinion keeps at least one, and items that shared its answer get their own again. */
    public void remove(String municipalityCode, long consultationId, long itemId, long version) {
        Consultation c = consultations.get(municipalityCode, consultationId);
        c.allowOpinionChanges(clock.instant());
        OpinionItem item = items.get(consultationId, itemId);
        ConcurrentEditException.check(version, item.version());
        if (items.findByOpinionIdOrderByPosition(item.opinionId()).size() <= 1) {
            throw new BusinessRuleException(Messages.get("comment.item.lastOne"));
        }
        items.findByAnswerOf(item.id()).forEach(OpinionItem::unshare);
        items.delete(item);
    }
}
