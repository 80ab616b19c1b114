package jp.hoshin.publiccomment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 個別計画の台帳 — the register of individual plans and their draft documents (素案の資料). Callers check access
 * first ({@code identity.Access}); this service keeps the rules: 要素ID only of the basic-plan elements that exist,
 * the stages 素案 → 案 → 策定済 in order, draft documents only as PDF and at most {@link #MAX_DOCUMENT_BYTES}.
 */
@Service
@Transactional
public class IndividualPlans {

    /** Draft documents: PDF only, at most this size. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    private final IndividualPlanRepository plans;
    private final DraftDocumentRepository documents;
    private final Municipalities municipalities;
    private final PolicyPlans policyPlans;
    private final Clock clock;

    IndividualPlans(
            IndividualPlanRepository plans,
            DraftDocumentRepository documents,
            Municipalities municipalities,
            PolicyPlans policyPlans,
            Clock clock) {
        this.plans = plans;
        this.documents = documents;
        this.municipalities = municipalities;
        this.policyPlans = policyPlans;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<IndividualPlanView> plans(String municipalityCode) {
        return plans.findByMunicipalityCodeOrderById(municipalityCode).stream()
                .map(IndividualPlan::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public IndividualPlanView plan(String municipalityCode, long id) {
        return plans.get(municipalityCode, id).view();
    }

    /** The display names of the municipality's plans by id (for opinions, results and exports). */
    @Transactional(readOnly = true)
    public Map<Long, String> names(String municipalityCode) {
        return plans(municipalityCode).stream()
                .collect(Collectors.toMap(IndividualPlanView::id, IndividualPlanView::displayName));
    }

    public IndividualPlanView register(String municipalityCode, IndividualPlanContent content) {
        municipalities.get(municipalityCode);
        checkElements(municipalityCode, content.elementKeys());
        IndividualPlan plan = plans.save(new IndividualPlan(municipalityCode, content));
        plans.flush();
        return plan.view();
    }

    public void describe(String municipalityCode, long id, long version, IndividualPlanContent content) {
        IndividualPlan plan = plans.get(municipalityCode, id);
        ConcurrentEditException.check(version, plan.version());
        checkElements(municipalityCode, content.elementKeys());
        plan.describe(content);
    }

    /** The published plans, as the public pages list them. */
    @Transactional(readOnly = true)
    public List<IndividualPlanView> publishedPlans(String municipalityCode) {
        return plans(municipalityCode).stream()
                .filter(IndividualPlanView::published)
                .toList();
    }

    /** The plan as the public pages show it, or not found while it is internal. */
    @Transactional(readOnly = true)
    public IndividualPlanView publishedPlan(String municipalityCode, long id) {
        IndividualPlanView plan = plan(municipalityCode, id);
        if (!plan.published()) {
            throw new NotFoundException(Messages.get("comment.plan.notFound"));
        }
        return plan;
    }

    /** 公開: the plan and its current draft documents appear on the public pages; a stale edit is refused. */
    public void publish(String municipalityCode, long id, long version) {
        IndividualPlan plan = plans.get(municipalityCode, id);
        ConcurrentEditException.check(version, plan.version());
        plan.publish(clock.instant());
    }

    /** Announcing a consultation publishes the plans it consults on. */
    void publishForConsultation(String municipalityCode, Collection<Long> planIds) {
        planIds.forEach(id -> plans.get(municipalityCode, id).publishForConsultation(clock.instant()));
    }

    /** 素案 → 案 → 策定済. */
    public IndividualPlanStatus advance(String municipalityCode, long id) {
        IndividualPlan plan = plans.get(municipalityCode, id);
        plan.advance();
        return plan.view().status();
    }

    private void checkElements(String municipalityCode, List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Set<String> linkable = policyPlans.linkable(municipalityCode).stream()
                .map(PolicyPlans.LinkableElement::key)
                .collect(Collectors.toSet());
        List<String> unknown = keys.stream().filter(k -> !linkable.contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw BusinessRuleException.about(
                    "elementKeys", Messages.get("comment.plan.unknownElements", String.join("、", unknown)));
        }
    }

    /** Every draft document of the plans, withdrawn and replaced ones too (the staff's history). */
    @Transactional(readOnly = true)
    public List<DraftDocumentView> documents(Collection<Long> planIds) {
        return planIds.isEmpty() ? List.of() : documents.viewsOf(planIds);
    }

    /** The draft documents served publicly: the current ones of published plans. */
    @Transactional(readOnly = true)
    public List<DraftDocumentView> publicDocuments(String municipalityCode, Collection<Long> planIds) {
        Set<Long> published = plans.findAllById(planIds).stream()
                .filter(p -> p.municipalityCode().equals(municipalityCode) && p.published())
                .map(IndividualPlan::id)
                .collect(Collectors.toSet());
        return documents(published).stream().filter(DraftDocumentView::current).toList();
    }

    /**
     * 差し替え: a new file takes the place of a current draft document, which stays in the history and is no longer
     * served; a stale edit is refused.
     */
    public DraftDocumentView replaceDocument(
            String municipalityCode, long planId, long documentId, long version, DraftUpload upload) {
        DraftDocument old = documentOf(municipalityCode, planId, documentId);
        ConcurrentEditException.check(version, old.version());
        DraftDocumentView newer = addDocument(municipalityCode, planId, upload);
        old.replaceWith(newer.id(), clock.instant());
        documents.flush();
        return newer;
    }

    /** 取り下げ: the draft document is no longer served; it stays in the history. A stale edit is refused. */
    public void withdrawDocument(String municipalityCode, long planId, long documentId, long version) {
        DraftDocument d = documentOf(municipalityCode, planId, documentId);
        ConcurrentEditException.check(version, d.version());
        d.withdraw(clock.instant());
        documents.flush();
    }

    private DraftDocument documentOf(String municipalityCode, long planId, long documentId) {
        plans.get(municipalityCode, planId);
        return documents
                .findById(documentId)
                .filter(d -> d.planId() == planId)
                .orElseThrow(() -> new NotFoundException(Messages.get("comment.document.notFound")));
    }

    /** Adds a draft document; refuses anything that is not a PDF or is larger than {@link #MAX_DOCUMENT_BYTES}. */
    public DraftDocumentView addDocument(String municipalityCode, long planId, DraftUpload upload) {
        plans.get(municipalityCode, planId);
        byte[] content = upload.content();
        if (content.length == 0) {
            throw BusinessRuleException.about("file", Messages.get("comment.document.required"));
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        if (content.length < 5
                || content[0] != '%'
                || content[1] != 'P'
                || content[2] != 'D'
                || content[3] != 'F'
                || content[4] != '-') {
            throw BusinessRuleException.about("file", Messages.get("comment.document.notPdf"));
        }
        String name =
                upload.filename().isBlank() ? "draft.pdf" : upload.filename().replaceAll("[\\\\/\\r\\n\"]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String t = upload.title().isBlank() ? name : upload.title().strip();
        Instant now = clock.instant();
        DraftDocument d = documents.save(
                new DraftDocument(planId, t.length() > 200 ? t.substring(0, 200) : t, name, content, now));
        documents.flush();
        return new DraftDocumentView(d.id(), planId, t, name, content.length, now, null, null, d.version());
    }

    /** The refusal of a file over {@link #MAX_DOCUMENT_BYTES} (also used before the upload is read). */
    public static BusinessRuleException tooLarge() {
        return BusinessRuleException.about(
                "file", Messages.get("comment.document.tooLarge", MAX_DOCUMENT_BYTES / 1024 / 1024));
    }

    /**
     * A draft document's file name and bytes as served publicly: a current document of a published plan of the
     * municipality; nothing for a withdrawn or replaced one or while the plan is internal.
     */
    @Transactional(readOnly = true)
    public Optional<Map.Entry<String, byte[]>> documentFile(String municipalityCode, long documentId) {
        return file(municipalityCode, documentId, true);
    }

    /** Any draft document of a plan of the municipality (the staff read the history). */
    @Transactional(readOnly = true)
    public Optional<Map.Entry<String, byte[]>> staffDocumentFile(String municipalityCode, long documentId) {
        return file(municipalityCode, documentId, false);
    }

    private Optional<Map.Entry<String, byte[]>> file(String municipalityCode, long documentId, boolean publicOnly) {
        return documents
                .findById(documentId)
                .filter(d -> !publicOnly || d.current())
                .filter(d -> plans.findById(d.planId())
                        .map(p -> p.municipalityCode().equals(municipalityCode) && (!publicOnly || p.published()))
                        .orElse(false))
                .map(d -> Map.entry(d.filename(), d.content()));
    }
}
