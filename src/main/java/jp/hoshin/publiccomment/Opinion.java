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
 * (encrypted, not audited, deleted after the retention period) and the city's handling. Created by
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
    private int opinionCount = 1;
    private @Nullable String topic;
    private @Nullable String cityView;
    private boolean draftChanged;
    private @Nullable String changeNote;

    @Enumerated(EnumType.STRING)
    private Publication publication = Publication.FULL;

    private @Nullable String summary;
    private @Nullable String withheldReason;

    @Version
    private long version;

    protected Opinion() {}

    /** 意見の整理: topic, the city's view, whether and how the draft changed, how it is published. */
    void handle(OpinionHandling h) {
        if (h.publication() == Publication.WITHHELD
                && (h.withheldReason() == null || h.withheldReason().isBlank())) {
            throw new BusinessRuleException(Messages.get("comment.opinion.withheldReasonRequired"));
        }
        if (h.publication() == Publication.SUMMARY
                && (h.summary() == null || h.summary().isBlank())) {
            throw new BusinessRuleException(Messages.get("comment.opinion.summaryRequired"));
        }
        if (h.opinionCount() < 1 || h.opinionCount() > 100) {
            throw new BusinessRuleException(Messages.get("comment.opinion.countRange"));
        }
        this.topic = h.topic();
        this.cityView = h.cityView();
        this.draftChanged = h.draftChanged();
        this.changeNote = h.changeNote();
        this.publication = h.publication();
        this.summary = h.summary();
        this.withheldReason = h.publication() == Publication.WITHHELD ? h.withheldReason() : null;
        this.opinionCount = h.opinionCount();
    }

    /** Deletes the submitter's personal data, keeping the opinion. */
    void forgetSubmitter(Instant at) {
        if (personalData != null) {
            personalData = null;
            personalDataDeletedAt = at;
        }
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
                opinionCount,
                topic,
                cityView,
                draftChanged,
                changeNote,
                publication,
                summary,
                withheldReason,
                version);
    }
}
