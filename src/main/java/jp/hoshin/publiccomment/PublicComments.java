package jp.hoshin.publiccomment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 個別計画とパブリックコメント: the register of individual plans, consultations on them, opinions and results.
 * Callers check access first ({@code identity.Access}); this service keeps the rules of the procedure: opinions
 * through the form only while open (Japan time), late ones recorded as late, results only after the period,
 * personal data encrypted and never part of a published or exported view.
 */
@Service
@Transactional
public class PublicComments {

    /** Draft documents: PDF only, at most this size. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    private static final ZoneId JAPAN = ConsultationPeriod.JAPAN;
    private static final String RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final IndividualPlanRepository plans;
    private final DraftDocumentRepository documents;
    private final ConsultationRepository consultations;
    private final OpinionRepository opinions;
    private final PersonalDataCipher cipher;
    private final Municipalities municipalities;
    private final PolicyPlans policyPlans;
    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final Clock clock;
    private final int perClientPerMinute;
    private final SecureRandom random = new SecureRandom();

    PublicComments(IndividualPlanRepository plans, DraftDocumentRepository documents, ConsultationRepository consultations,
                   OpinionRepository opinions, PersonalDataCipher cipher, Municipalities municipalities, PolicyPlans policyPlans,
                   JdbcTemplate jdbc, EntityManager em, Clock clock,
                   @Value("${hoshin.public-comment.max-per-client-per-minute:10}") int perClientPerMinute) {
        this.plans = plans;
        this.documents = documents;
        this.consultations = consultations;
        this.opinions = opinions;
        this.cipher = cipher;
        this.municipalities = municipalities;
        this.policyPlans = policyPlans;
        this.jdbc = jdbc;
        this.em = em;
        this.clock = clock;
        this.perClientPerMinute = perClientPerMinute;
    }

    // ---- 個別計画 ----

    @Transactional(readOnly = true)
    public List<IndividualPlanView> plans(String municipalityCode) {
        return plans.findByMunicipalityCodeOrderById(municipalityCode).stream().map(IndividualPlan::view).toList();
    }

    @Transactional(readOnly = true)
    public IndividualPlanView plan(String municipalityCode, long id) {
        return loadPlan(municipalityCode, id).view();
    }

    public IndividualPlanView registerPlan(String municipalityCode, IndividualPlanContent content) {
        municipalities.get(municipalityCode);
        checkElements(municipalityCode, content.elementKeys());
        IndividualPlan plan = plans.save(new IndividualPlan(municipalityCode, content));
        plans.flush();
        return plan.view();
    }

    public void describePlan(String municipalityCode, long id, long version, IndividualPlanContent content) {
        IndividualPlan plan = loadPlan(municipalityCode, id);
        checkVersion(plan.version(), version);
        checkElements(municipalityCode, content.elementKeys());
        plan.describe(content);
    }

    /** 素案 → 案 → 策定済. */
    public IndividualPlanStatus advancePlan(String municipalityCode, long id) {
        IndividualPlan plan = loadPlan(municipalityCode, id);
        if (plan.view().status() == IndividualPlanStatus.OUTLINE) {
            plan.advanceToProposal();
        } else {
            plan.adopt();
        }
        return plan.view().status();
    }

    private void checkElements(String municipalityCode, List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Set<String> linkable = policyPlans.linkable(municipalityCode).stream().map(PolicyPlans.LinkableElement::key)
                .collect(Collectors.toSet());
        List<String> unknown = keys.stream().filter(k -> !linkable.contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("基本計画などに見つからない要素IDがあります: " + String.join("、", unknown));
        }
    }

    @Transactional(readOnly = true)
    public List<DraftDocumentView> documents(Collection<Long> planIds) {
        return planIds.isEmpty() ? List.of() : documents.viewsOf(planIds);
    }

    /** Adds a draft document; refuses anything that is not a PDF or is larger than {@link #MAX_DOCUMENT_BYTES}. */
    public DraftDocumentView addDocument(String municipalityCode, long planId, String title, String filename, byte[] content) {
        loadPlan(municipalityCode, planId);
        if (content.length == 0) {
            throw new BusinessRuleException("ファイルを選んでください。");
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw new BusinessRuleException("ファイルが大きすぎます（" + (MAX_DOCUMENT_BYTES / 1024 / 1024) + " MB まで）。");
        }
        if (content.length < 5 || content[0] != '%' || content[1] != 'P' || content[2] != 'D' || content[3] != 'F' || content[4] != '-') {
            throw new BusinessRuleException("PDF ファイルを選んでください（内容が PDF ではありません）。");
        }
        String name = filename.isBlank() ? "draft.pdf" : filename.replaceAll("[\\\\/\\r\\n\"]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String t = title.isBlank() ? name : title.strip();
        DraftDocument d = documents.save(new DraftDocument(planId, t.length() > 200 ? t.substring(0, 200) : t, name, content, clock.instant()));
        documents.flush();
        return new DraftDocumentView(d.id(), planId, t, name, content.length, clock.instant());
    }

    /** A draft document's bytes, when it belongs to a plan of the municipality. */
    @Transactional(readOnly = true)
    public Optional<Map.Entry<String, byte[]>> documentFile(String municipalityCode, long documentId) {
        return documents.findById(documentId)
                .filter(d -> plans.findById(d.planId()).map(p -> p.municipalityCode().equals(municipalityCode)).orElse(false))
                .map(d -> Map.entry(d.filename(), d.content()));
    }

    // ---- パブリックコメント案件 ----

    @Transactional(readOnly = true)
    public List<ConsultationView> consultations(String municipalityCode) {
        Instant now = clock.instant();
        return consultations.findByMunicipalityCodeOrderByStartsOnDescIdDesc(municipalityCode).stream().map(c -> c.view(now)).toList();
    }

    /** The announced consultations, as the public sees them now. */
    @Transactional(readOnly = true)
    public List<ConsultationView> publicConsultations(String municipalityCode) {
        return consultations(municipalityCode).stream().filter(c -> c.status() != ConsultationStatus.PREPARING).toList();
    }

    @Transactional(readOnly = true)
    public ConsultationView consultation(String municipalityCode, long id) {
        return load(municipalityCode, id).view(clock.instant());
    }

    /** The announced consultation, or not found (a consultation in preparation is not public). */
    @Transactional(readOnly = true)
    public ConsultationView publicConsultation(String municipalityCode, long id) {
        ConsultationView c = consultation(municipalityCode, id);
        if (c.status() == ConsultationStatus.PREPARING) {
            throw new NotFoundException("この意見募集は見つかりません。");
        }
        return c;
    }

    /**
     * The next instant at which a public page listing these consultations may change by the clock alone (a
     * consultation opening or closing), if any; for the public page cache.
     */
    public static Optional<Instant> nextChange(Collection<ConsultationView> shown, Instant now) {
        return shown.stream().flatMap(c -> java.util.stream.Stream.of(c.period().opensAt(), c.period().closesAt()))
                .filter(t -> t.isAfter(now)).min(Comparator.naturalOrder());
    }

    public ConsultationView createConsultation(String municipalityCode, ConsultationContent content) {
        municipalities.get(municipalityCode);
        Set<Long> own = plans(municipalityCode).stream().map(IndividualPlanView::id).collect(Collectors.toSet());
        if (!own.containsAll(content.planIds())) {
            throw new BusinessRuleException("この自治体の個別計画を選んでください。");
        }
        Consultation c = consultations.save(new Consultation(municipalityCode, content));
        consultations.flush();
        return c.view(clock.instant());
    }

    public void announce(String municipalityCode, long id) {
        load(municipalityCode, id).announce(clock.instant());
    }

    /** Publishes the results; every opinion that is published needs the city's view. */
    public void publishResults(String municipalityCode, long id, @Nullable String changes) {
        Consultation c = load(municipalityCode, id);
        long missing = opinions.findByConsultationIdOrderById(id).stream().map(o -> o.view(null))
                .filter(o -> o.publication() != Publication.WITHHELD && (o.cityView() == null || o.cityView().isBlank())).count();
        if (missing > 0) {
            throw new BusinessRuleException("市の考え方が未記入の意見が" + missing + "件あります。すべての意見に市の考え方を書くか、公表しない理由を記録してください。");
        }
        c.publishResults(clock.instant(), changes);
    }

    // ---- 意見 ----

    /**
     * An opinion sent through the web form: accepted only while the consultation is open (checked now, in Japan
     * time) and only up to the per-client limit per minute (counted in PostgreSQL, so across instances).
     */
    public Receipt submit(String municipalityCode, long consultationId, OpinionSubmission submission, String clientAddress) {
        Consultation c = load(municipalityCode, consultationId);
        Instant now = clock.instant();
        ConsultationStatus status = c.statusAt(now);
        if (status == ConsultationStatus.PREPARING) {
            throw new NotFoundException("この意見募集は見つかりません。");
        }
        if (status == ConsultationStatus.UPCOMING) {
            throw new BusinessRuleException("この意見募集はまだ始まっていません（" + c.period().startsOn() + " から受け付けます）。");
        }
        if (status != ConsultationStatus.OPEN) {
            throw new BusinessRuleException("この意見募集は締め切りました（" + c.period().deadline() + " 必着）。");
        }
        if (!c.webForm()) {
            throw new BusinessRuleException("この意見募集は意見募集フォームでは受け付けていません。");
        }
        checkPlan(c, submission.planId());
        return save(c, OpinionChannel.WEB, LocalDate.ofInstant(now, JAPAN), submission, countSubmission(clientAddress, now));
    }

    /** An opinion received by post, fax, e-mail or in person; one received after the deadline is recorded as late. */
    public Receipt record(String municipalityCode, long consultationId, OpinionChannel channel, LocalDate receivedOn,
                          OpinionSubmission submission) {
        Consultation c = load(municipalityCode, consultationId);
        if (c.statusAt(clock.instant()) == ConsultationStatus.RESULTS_PUBLISHED) {
            throw new BusinessRuleException("結果を公表した案件には意見を追加できません。");
        }
        if (receivedOn.isBefore(c.period().startsOn())) {
            throw new BusinessRuleException("受付日が意見募集の開始日より前です。");
        }
        if (receivedOn.isAfter(LocalDate.ofInstant(clock.instant(), JAPAN))) {
            throw new BusinessRuleException("受付日に未来の日付は入力できません。");
        }
        checkPlan(c, submission.planId());
        Long seq = jdbc.queryForObject("select nextval('opinion_receipt_seq')", Long.class);
        return save(c, channel, receivedOn, submission, seq == null ? 0 : seq);
    }

    private void checkPlan(Consultation c, @Nullable Long planId) {
        if (planId != null && !c.planIdList().contains(planId)) {
            throw new BusinessRuleException("この意見募集の対象の計画を選んでください。");
        }
    }

    /**
     * Stores a received opinion with plain SQL: receiving one changes nothing public (results are published later), so
     * it writes no audit revision — which would raise the public content version and empty every instance's page cache
     * on each submission. The row itself records how and when it came; the handling that follows is audited.
     */
    private Receipt save(Consultation c, OpinionChannel channel, LocalDate receivedOn, OpinionSubmission s, long seq) {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            suffix.append(RECEIPT_ALPHABET.charAt(random.nextInt(RECEIPT_ALPHABET.length())));
        }
        String number = String.format("PC-%d-%06d-%s", receivedOn.getYear(), seq, suffix);
        jdbc.update("""
                insert into opinion (consultation_id, receipt_number, channel, received_on, late, plan_id, body, group_submission, personal_data)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", c.id(), number, channel.name(), receivedOn, c.period().late(receivedOn),
                s.planId(), s.opinion(), s.group(), cipher.encrypt(s.submitter()));
        return new Receipt(number, c.id());
    }

    /** Counts the submission for the client's minute and returns the next receipt sequence number, in one statement. */
    private long countSubmission(String clientAddress, Instant now) {
        Map<String, Object> row = jdbc.queryForMap("""
                with rate as (
                    insert into opinion_rate (client_hash, minute, count) values (?, ?, 1)
                    on conflict (client_hash, minute) do update set count = opinion_rate.count + 1
                    returning count)
                select rate.count, nextval('opinion_receipt_seq') as seq from rate""", cipher.clientHash(clientAddress),
                java.sql.Timestamp.from(now.truncatedTo(ChronoUnit.MINUTES)));
        if (((Number) row.get("count")).intValue() > perClientPerMinute) {
            throw new TooManySubmissions();
        }
        return ((Number) row.get("seq")).longValue();
    }

    /** Whether an opinion with this receipt number was received for the consultation (the receipt page shows only real ones). */
    @Transactional(readOnly = true)
    public boolean received(String municipalityCode, long consultationId, String receiptNumber) {
        load(municipalityCode, consultationId);
        Integer n = jdbc.queryForObject("select count(*) from opinion where consultation_id = ? and receipt_number = ?", Integer.class,
                consultationId, receiptNumber);
        return n != null && n > 0;
    }

    /** The opinions of a consultation; with {@code personalData} the submitters too (only for the handling staff). */
    @Transactional(readOnly = true)
    public List<OpinionView> opinions(String municipalityCode, long consultationId, boolean personalData) {
        load(municipalityCode, consultationId);
        return opinions.findByConsultationIdOrderById(consultationId).stream()
                .map(o -> o.view(personalData ? cipher.decrypt(o.personalData()) : null)).toList();
    }

    public void handle(String municipalityCode, long consultationId, long opinionId, long version, OpinionHandling handling) {
        Consultation c = load(municipalityCode, consultationId);
        if (c.statusAt(clock.instant()) == ConsultationStatus.RESULTS_PUBLISHED) {
            throw new BusinessRuleException("結果を公表した案件の意見は変更できません。");
        }
        Opinion o = opinions.findById(opinionId).filter(x -> x.consultationId() == consultationId)
                .orElseThrow(() -> new NotFoundException("この意見は見つかりません。"));
        checkVersion(o.view(null).version(), version);
        o.handle(handling);
    }

    /** The published results, or not found before they are published. */
    @Transactional(readOnly = true)
    public ConsultationResults results(String municipalityCode, long consultationId) {
        ConsultationView c = consultation(municipalityCode, consultationId);
        if (c.status() != ConsultationStatus.RESULTS_PUBLISHED) {
            throw new NotFoundException("この意見募集の結果はまだ公表されていません。");
        }
        return resultsOf(c);
    }

    /** The results as they would be published (for the handling staff's preview and the PDF). */
    @Transactional(readOnly = true)
    public ConsultationResults resultsPreview(String municipalityCode, long consultationId) {
        return resultsOf(consultation(municipalityCode, consultationId));
    }

    private ConsultationResults resultsOf(ConsultationView c) {
        Map<Long, String> planNames = plans(c.municipalityCode()).stream()
                .collect(Collectors.toMap(IndividualPlanView::id, IndividualPlanView::displayName));
        List<OpinionView> all = opinions.findByConsultationIdOrderById(c.id()).stream().map(o -> o.view(null)).toList();
        List<OpinionView> shown = all.stream().filter(o -> o.publication() != Publication.WITHHELD)
                .sorted(Comparator.comparing((OpinionView o) -> o.topic() == null ? "\uffff" : o.topic()).thenComparing(OpinionView::id))
                .toList();
        List<PublishedOpinion> published = new ArrayList<>();
        int n = 1;
        for (OpinionView o : shown) {
            boolean summarised = o.publication() == Publication.SUMMARY;
            published.add(new PublishedOpinion(n++, o.topic(), o.planId() == null ? null : planNames.get(o.planId()),
                    summarised ? o.summary() : o.body(), summarised, o.cityView(), o.draftChanged(), o.changeNote()));
        }
        int opinionCount = all.stream().mapToInt(OpinionView::opinionCount).sum();
        return new ConsultationResults(c, all.size(), opinionCount, (int) all.stream().filter(o -> o.publication() == Publication.WITHHELD).count(),
                published);
    }

    /**
     * Deletes the personal data of submitters whose consultation's retention period (days after the deadline)
     * has passed, keeping the opinions; also drops rate-limit counters older than a day. Returns how many
     * submitters were forgotten.
     */
    public int forgetExpiredSubmitters() {
        Instant now = clock.instant();
        List<Opinion> expired = opinions.withExpiredPersonalData(LocalDate.ofInstant(now, JAPAN));
        expired.forEach(o -> o.forgetSubmitter(now));
        jdbc.update("delete from opinion_rate where minute < ?", java.sql.Timestamp.from(now.minus(1, ChronoUnit.DAYS)));
        return expired.size();
    }

    private IndividualPlan loadPlan(String municipalityCode, long id) {
        return plans.findById(id).filter(p -> p.municipalityCode().equals(municipalityCode))
                .orElseThrow(() -> new NotFoundException("この個別計画は見つかりません。"));
    }

    private Consultation load(String municipalityCode, long id) {
        return consultations.findById(id).filter(c -> c.municipalityCode().equals(municipalityCode))
                .orElseThrow(() -> new NotFoundException("この意見募集は見つかりません。"));
    }

    private static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConcurrentEditException();
        }
    }

}
