package jp.hoshin.publiccomment;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 意見 — opinions on a consultation: received through the web form only while it is open (Japan time) and within
 * the per-client limit, recorded from other channels (late ones marked late), handled by the staff (topic,
 * 市の考え方, publication) until the results are published. Submitters' personal data is encrypted, shown only
 * to the handling staff and forgotten after the retention period. Callers check access first.
 */
@Service
@Transactional
@EnableConfigurationProperties(PublicCommentProperties.class)
public class Opinions {

    private static final String RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ConsultationRepository consultations;
    private final OpinionRepository opinions;
    private final PersonalDataCipher cipher;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PublicCommentProperties properties;
    private final SecureRandom random = new SecureRandom();

    Opinions(
            ConsultationRepository consultations,
            OpinionRepository opinions,
            PersonalDataCipher cipher,
            JdbcTemplate jdbc,
            Clock clock,
            PublicCommentProperties properties) {
        this.consultations = consultations;
        this.opinions = opinions;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * An opinion sent through the web form: accepted only while the consultation is open (checked now, in Japan
     * time) and only up to the per-client limit per minute (counted in PostgreSQL, so across instances).
     */
    public Receipt submit(
            String municipalityCode, long consultationId, OpinionSubmission submission, String clientAddress) {
        Consultation c = consultations.get(municipalityCode, consultationId);
        Instant now = clock.instant();
        c.acceptWebOpinion(now);
        checkPlan(c, submission.planId());
        return save(
                c,
                OpinionChannel.WEB,
                LocalDate.ofInstant(now, ConsultationPeriod.JAPAN),
                submission,
                countSubmission(clientAddress, now));
    }

    /** An opinion received by post, fax, e-mail or in person; one received after the deadline is recorded as late. */
    public Receipt record(String municipalityCode, long consultationId, ReceivedOpinion received) {
        Consultation c = consultations.get(municipalityCode, consultationId);
        c.acceptRecordedOpinion(received.receivedOn(), clock.instant());
        checkPlan(c, received.submission().planId());
        Long seq = jdbc.queryForObject("select nextval('opinion_receipt_seq')", Long.class);
        return save(c, received.channel(), received.receivedOn(), received.submission(), seq == null ? 0 : seq);
    }

    private void checkPlan(Consultation c, @Nullable Long planId) {
        if (planId != null && !c.planIdList().contains(planId)) {
            throw BusinessRuleException.about("planId", Messages.get("comment.opinion.planRequired"));
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
        Long id = jdbc.queryForObject(
                """
                insert into opinion (consultation_id, receipt_number, channel, received_on, late, plan_id, body, group_submission, personal_data)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                c.id(),
                number,
                channel.name(),
                receivedOn,
                c.period().late(receivedOn),
                s.planId(),
                s.opinion(),
                s.group(),
                s.submitter().empty() ? null : cipher.encrypt(s.submitter()));
        // the opinion starts as one item holding its whole text; the staff may split it later
        jdbc.update(
                "insert into opinion_item (consultation_id, opinion_id, position, text) values (?, ?, 1, ?)",
                c.id(),
                id,
                s.opinion());
        return new Receipt(number, c.id());
    }

    /** Counts the submission for the client's minute and returns the next receipt sequence number, in one statement. */
    private long countSubmission(String clientAddress, Instant now) {
        Map<String, Object> row = jdbc.queryForMap(
                """
                with rate as (
                    insert into opinion_rate (client_hash, minute, count) values (?, ?, 1)
                    on conflict (client_hash, minute) do update set count = opinion_rate.count + 1
                    returning count)
                select rate.count, nextval('opinion_receipt_seq') as seq from rate""", cipher.clientHash(clientAddress), Timestamp.from(now.truncatedTo(ChronoUnit.MINUTES)));
        if (((Number) row.get("count")).intValue() > properties.maxPerClientPerMinute()) {
            throw new TooManySubmissions();
        }
        return ((Number) row.get("seq")).longValue();
    }

    /** Whether an opinion with this receipt number was received for the consultation (the receipt page shows only real ones). */
    @Transactional(readOnly = true)
    public boolean received(String municipalityCode, long consultationId, String receiptNumber) {
        consultations.get(municipalityCode, consultationId);
        Integer n = jdbc.queryForObject(
                "select count(*) from opinion where consultation_id = ? and receipt_number = ?",
                Integer.class,
                consultationId,
                receiptNumber);
        return n != null && n > 0;
    }

    /** The opinions of a consultation; with {@code personalData} the submitters too (only for the handling staff). */
    @Transactional(readOnly = true)
    public List<OpinionView> opinions(String municipalityCode, long consultationId, boolean personalData) {
        consultations.get(municipalityCode, consultationId);
        return opinions.findByConsultationIdOrderById(consultationId).stream()
                .map(o -> o.view(personalData ? cipher.decrypt(o.personalData()) : null))
                .toList();
    }

    /** Whether the opinion is published (or withheld, with the reason); refused once the results are published. */
    public void handle(
            String municipalityCode, long consultationId, long opinionId, long version, OpinionHandling handling) {
        Consultation c = consultations.get(municipalityCode, consultationId);
        c.allowOpinionChanges(clock.instant());
        Opinion o = opinions.findById(opinionId)
                .filter(x -> x.consultationId() == consultationId)
                .orElseThrow(() -> new NotFoundException(Messages.get("comment.opinion.notFound")));
        ConcurrentEditException.check(version, o.version());
        o.handle(handling);
    }

    /**
     * Deletes the personal data of submitters whose consultation's retention period (days after the deadline)
     * has passed, keeping the opinions; also drops rate-limit counters older than a day. Returns how many
     * submitters were forgotten.
     */
    public int forgetExpiredSubmitters() {
        Instant now = clock.instant();
        List<Opinion> expired = opinions.withExpiredPersonalData(LocalDate.ofInstant(now, ConsultationPeriod.JAPAN));
        expired.forEach(o -> o.forgetSubmitter(now));
        jdbc.update("delete from opinion_rate where minute < ?", Timestamp.from(now.minus(1, ChronoUnit.DAYS)));
        return expired.size();
    }
}
