package jp.hoshin.publiccomment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * 意見 — one submission on a consultation: the opinion, the plan it is about, the submitter's personal data
 * (encrypted, not audited, deleted after the retention period, absent when the submitter gave none) and whether it is
 * published; its items ({@link OpinionItem}) carry the city's answers. Created by
 * {@link Opinions} with SQL (receiving an opinion is not an audited change); the handling is audited.
 */
@Entity
@Audited
@Table(name = "opinion")
class Opinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long consultationId;
    private String receiptNumber;

    @Enumerated(EnumType.STRING)
    private OpinionChannel channel;

    private LocalDate receivedOn;
    private boolean late;
    private @Nullable Long planId;
    private String body;
    private boolean groupSubmission;

    @NotAudited
    private byte @Nullable [] personalData;

    private @Nullable Instant personalDataDeletedAt;

    @Enumerated(EnumType.STRING)
    private Publication publication = Publication.FULL;

    private @Nullable String withheldReason;

    @Version
    private long version;

    protected Opinion() {}

    /** Whether the opinion's items appear in the results; withholding one needs a reason. */
    void handle(OpinionHandling h) {
        if (h.publication() == Publication.WITHHELD
                && (h.withheldReason() == null || h.withheldReason().isBlank())) {
            throw new BusinessRuleException(Messages.get("comment.opinion.withheldReasonRequired"));
        }
        this.publication = h.publication();
        this.withheldReason = h.publication() == Publication.WITHHELD ? h.withheldReason() : null;
    }

    /** Deletes the submitter's personal data, keeping the opinion. */
    void forgetSubmitter(Instant at) {
        if (personalData != null) {
            personalData = null;
            personalDataDeletedAt = at;
        }
    }

    Long id() {
        return id;
    }

    OpinionChannel channel() {
        return channel;
    }

    Publication publication() {
        return publication;
    }

    @Nullable
    Long planId() {
        return planId;
    }

    long consultationId() {
        return consultationId;
    }

    long version() {
        return version;
    }

    byte @Nullable [] personalData() {
        return personalData;
    }

    OpinionView view(@Nullable PersonalData submitter) {
        return new OpinionView(
                id,
                receiptNumber,
                channel,
                receivedOn,
                late,
                planId,
                body,
                groupSubmission,
                submitter,
                personalDataDeletedAt,
                publication,
                withheldReason,
                version);
    }
}
