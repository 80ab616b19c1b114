package jp.hoshin.publiccomment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * パブリックコメント案件 — a consultation on one or more individual plans. It is prepared, then announced
 * (before or when it opens); whether it is open follows from its period and the clock; after it closes the
 * results are published once.
 */
@Entity
@Audited
@Table(name = "consultation")
class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;
    private String departmentCode;
    private String title;
    private @Nullable String summary;
    private String planIds;
    private @Nullable String readingPlaces;
    private LocalDate startsOn;
    private LocalDate deadline;
    private @Nullable String shortenedReason;
    private boolean webForm;
    private @Nullable String postAddress;
    private @Nullable String fax;
    private @Nullable String email;
    private @Nullable String inPerson;
    private int retentionDays;
    private @Nullable String eligibility;
    private String requiredDetails = SubmitterDetail.join(SubmitterDetail.ALL);
    private @Nullable Instant announcedAt;
    private @Nullable Instant resultsPublishedAt;
    private @Nullable LocalDate resultsPublishedOn;
    private @Nullable String changesSummary;
    private boolean archived;

    @Version
    private long version;

    protected Consultation() {}

    Consultation(String municipalityCode, ConsultationContent content) {
        this.municipalityCode = municipalityCode;
        describe(content);
    }

    /**
     * A past consultation brought from the city's archive: announced on its start day and its results published on
     * the day they were, with no submitter details; nothing about it changes afterwards.
     */
    static Consultation archived(
            String municipalityCode, ConsultationContent content, LocalDate publishedOn, @Nullable String changes) {
        Consultation c = new Consultation(municipalityCode, content);
        if (!publishedOn.isAfter(content.period().deadline())) {
            throw new BusinessRuleException(Messages.get("comment.archive.publishedBeforeEnd"));
        }
        c.archived = true;
        c.announcedAt = content.period().opensAt();
        c.resultsPublishedAt =
                publishedOn.atStartOfDay(ConsultationPeriod.JAPAN).toInstant();
        c.resultsPublishedOn = publishedOn;
        c.changesSummary = changes;
        return c;
    }

    boolean archived() {
        return archived;
    }

    void describe(ConsultationContent c) {
        if (resultsPublishedAt != null) {
            throw new BusinessRuleException(Messages.get("comment.consultation.resultsPublishedNoChange"));
        }
        if (c.planIds().isEmpty()) {
            throw new BusinessRuleException(Messages.get("comment.consultation.plansRequired"));
        }
        this.departmentCode = c.departmentCode();
        this.title = c.title();
        this.summary = c.summary();
        this.planIds = c.planIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.readingPlaces = c.readingPlaces();
        this.startsOn = c.period().startsOn();
        this.deadline = c.period().deadline();
        this.shortenedReason = c.period().shortenedReason();
        this.webForm = c.channels().webForm();
        this.postAddress = c.channels().postAddress();
        this.fax = c.channels().fax();
        this.email = c.channels().email();
        this.inPerson = c.channels().inPerson();
        this.retentionDays = c.retentionDays();
        this.eligibility = c.eligibility();
        this.requiredDetails = SubmitterDetail.join(c.requiredDetails());
    }

    /** 公示: makes the consultation public (upcoming until its start day, then open). */
    void announce(Instant at) {
        if (announcedAt != null) {
            throw new BusinessRuleException(Messages.get("comment.consultation.alreadyAnnounced"));
        }
        announcedAt = at;
    }

    /** 結果の公表: only after the period, once. */
    void publishResults(Instant at, @Nullable String changes) {
        if (announcedAt == null || !at.isAfter(period().closesAt().minusNanos(1))) {
            throw new BusinessRuleException(Messages.get("comment.consultation.resultsBeforeEnd"));
        }
        if (resultsPublishedAt != null) {
            throw new BusinessRuleException(Messages.get("comment.consultation.resultsAlreadyPublished"));
        }
        resultsPublishedAt = at;
        resultsPublishedOn = LocalDate.ofInstant(at, ConsultationPeriod.JAPAN);
        changesSummary = changes;
    }

    /** Refuses an opinion through the web form unless the consultation is open now and takes web opinions. */
    void acceptWebOpinion(Instant now) {
        ConsultationStatus status = statusAt(now);
        if (status == ConsultationStatus.PREPARING) {
            throw new NotFoundException(Messages.get("comment.consultation.notFound"));
        }
        if (status == ConsultationStatus.UPCOMING) {
            throw new BusinessRuleException(Messages.get("comment.consultation.notStarted", startsOn));
        }
        if (status != ConsultationStatus.OPEN) {
            throw new BusinessRuleException(Messages.get("comment.consultation.closed", deadline));
        }
        if (!webForm) {
            throw new BusinessRuleException(Messages.get("comment.consultation.noWebForm"));
        }
    }

    /**
     * Refuses recording an opinion received on that day (by post, fax, e-mail or in person) once the results are
     * published, or with a day before the start or in the future (in Japan); one after the deadline is late, not refused.
     */
    void acceptRecordedOpinion(LocalDate receivedOn, Instant now) {
        if (statusAt(now) == ConsultationStatus.RESULTS_PUBLISHED) {
            throw new BusinessRuleException(Messages.get("comment.consultation.resultsPublishedNoOpinion"));
        }
        if (receivedOn.isBefore(startsOn)) {
            throw new BusinessRuleException(Messages.get("comment.opinion.receivedBeforeStart"));
        }
        if (receivedOn.isAfter(LocalDate.ofInstant(now, ConsultationPeriod.JAPAN))) {
            throw new BusinessRuleException(Messages.get("comment.opinion.receivedInFuture"));
        }
    }

    /** Refuses changing the handling of opinions once the results are published. */
    void allowOpinionChanges(Instant now) {
        if (statusAt(now) == ConsultationStatus.RESULTS_PUBLISHED) {
            throw new BusinessRuleException(Messages.get("comment.consultation.resultsPublishedNoOpinionChange"));
        }
    }

    ConsultationPeriod period() {
        return new ConsultationPeriod(startsOn, deadline, shortenedReason);
    }

    ConsultationStatus statusAt(Instant now) {
        if (announcedAt == null) {
            return ConsultationStatus.PREPARING;
        }
        if (resultsPublishedAt != null) {
            return ConsultationStatus.RESULTS_PUBLISHED;
        }
        ConsultationPeriod p = period();
        return p.upcomingAt(now)
                ? ConsultationStatus.UPCOMING
                : p.openAt(now) ? ConsultationStatus.OPEN : ConsultationStatus.CLOSED;
    }

    Long id() {
        return id;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    String departmentCode() {
        return departmentCode;
    }

    int retentionDays() {
        return retentionDays;
    }

    boolean webForm() {
        return webForm;
    }

    /** The plans consulted on; none for a row written without any (bench/national.sql writes such consultations). */
    List<Long> planIdList() {
        return planIds.isBlank()
                ? List.of()
                : Arrays.stream(planIds.split(","))
                        .map(String::strip)
                        .map(Long::valueOf)
                        .toList();
    }

    ConsultationView view(Instant now) {
        return new ConsultationView(
                id,
                municipalityCode,
                new ConsultationContent(
                        departmentCode,
                        title,
                        summary,
                        planIdList(),
                        readingPlaces,
                        period(),
                        new Channels(webForm, postAddress, fax, email, inPerson),
                        retentionDays,
                        eligibility,
                        SubmitterDetail.parse(requiredDetails)),
                statusAt(now),
                announcedAt,
                resultsPublishedAt,
                resultsPublishedOn,
                changesSummary,
                version);
    }
}
