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
            throw new BusinessRuleException(Messages.get("comment.plan.unknownElements", String.join("、", unknown)));
        }
    }

    @Transactional(readOnly = true)
    public List<DraftDocumentView> documents(Collection<Long> planIds) {
        return planIds.isEmpty() ? List.of() : documents.viewsOf(planIds);
    }

    /** Adds a draft document; refuses anything that is not a PDF or is larger than {@link #MAX_DOCUMENT_BYTES}. */
    public DraftDocumentView addDocument(String municipalityCode, long planId, DraftUpload upload) {
        plans.get(municipalityCode, planId);
        byte[] content = upload.content();
        if (content.length == 0) {
            throw new BusinessRuleException(Messages.get("comment.document.required"));
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
            throw new BusinessRuleException(Messages.get("comment.document.notPdf"));
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
        return new DraftDocumentView(d.id(), planId, t, name, content.length, now);
    }

    /** The refusal of a file over {@link #MAX_DOCUMENT_BYTES} (also used before the upload is read). */
    public static BusinessRuleException tooLarge() {
        return new BusinessRuleException(Messages.get("comment.document.tooLarge", MAX_DOCUMENT_BYTES / 1024 / 1024));
    }

    /** A draft document's file name and bytes, when it belongs to a plan of the municipality. */
    @Transactional(readOnly = true)
    public Optional<Map.Entry<String, byte[]>> documentFile(String municipalityCode, long documentId) {
        return documents
                .findById(documentId)
                .filter(d -> plans.findById(d.planId())
                        .map(p -> p.municipalityCode().equals(municipalityCode))
                        .orElse(false))
                .map(d -> Map.entry(d.filename(), d.content()));
    }
}
