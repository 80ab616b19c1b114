package jp.hoshin.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** 対応状況 — the follow-up state of a 提言 recorded in one later fiscal year, with a note. */
@Entity(name = "CommitteeFollowUp")
@Audited
@Table(name = "committee_follow_up")
class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long recommendationId;
    private String municipalityCode;
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    private FollowUpState state;

    private @Nullable String note;

    @Version
    private long version;

    protected FollowUp() {}

    FollowUp(long recommendationId, String municipalityCode, int fiscalYear) {
        this.recommendationId = recommendationId;
        this.municipalityCode = municipalityCode;
        this.fiscalYear = fiscalYear;
    }

    void record(FollowUpState newState, String newNote) {
        this.state = newState;
        this.note = newNote.isEmpty() ? null : newNote;
    }

    long recommendationId() {
        return recommendationId;
    }

    int fiscalYear() {
        return fiscalYear;
    }

    long version() {
        return version;
    }

    FollowUpHistory.Entry entry() {
        return new FollowUpHistory.Entry(fiscalYear, state, note == null ? "" : note);
    }
}
