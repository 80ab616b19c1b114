package jp.hoshin.committee;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * 会議 — one meeting of the committee (第N回): date, agenda, minutes as text and/or a PDF kept in PostgreSQL (the
 * history records the upload, not the bytes).
 */
@Entity
@Audited
@Table(name = "committee_meeting")
class CommitteeMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long committeeId;
    private String municipalityCode;
    private int number;
    private LocalDate heldOn;
    private String agenda;
    private @Nullable String minutes;
    private @Nullable String minutesFilename;
    private @Nullable Integer minutesSize;

    @NotAudited
    private byte @Nullable [] minutesPdf;

    @Version
    private long version;

    protected CommitteeMeeting() {}

    CommitteeMeeting(long committeeId, String municipalityCode, MeetingDraft draft) {
        this.committeeId = committeeId;
        this.municipalityCode = municipalityCode;
        describe(draft);
    }

    void describe(MeetingDraft draft) {
        this.number = draft.number();
        this.heldOn = draft.heldOn();
        this.agenda = draft.agenda();
        this.minutes = draft.minutes().isEmpty() ? null : draft.minutes();
    }

    void attachMinutes(String filename, byte[] pdf) {
        this.minutesFilename = filename;
        this.minutesPdf = pdf;
        this.minutesSize = pdf.length;
    }

    void removeMinutesPdf() {
        this.minutesFilename = null;
        this.minutesPdf = null;
        this.minutesSize = null;
    }

    long committeeId() {
        return committeeId;
    }

    int number() {
        return number;
    }

    long version() {
        return version;
    }

    byte @Nullable [] minutesPdf() {
        return minutesPdf;
    }

    @Nullable
    String minutesFilename() {
        return minutesFilename;
    }

    MeetingView view() {
        return new MeetingView(
                id,
                number,
                heldOn,
                agenda,
                minutes == null ? "" : minutes,
                minutesFilename,
                minutesSize == null ? 0 : minutesSize,
                version);
    }
}
