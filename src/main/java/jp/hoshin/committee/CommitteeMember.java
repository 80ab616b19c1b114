package jp.hoshin.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** 委員 — a member of the committee: name, role (委員長, 委員 …), affiliation, and whether the name is published. */
@Entity
@Audited
@Table(name = "committee_member")
class CommitteeMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long committeeId;
    private String municipalityCode;
    private int position;
    private String name;
    private String role;
    private String affiliation;
    private boolean namePublished;

    @Version
    private long version;

    protected CommitteeMember() {}

    CommitteeMember(long committeeId, String municipalityCode, int position, MemberDraft draft) {
        this.committeeId = committeeId;
        this.municipalityCode = municipalityCode;
        this.position = position;
        describe(draft);
    }

    void describe(MemberDraft draft) {
        this.name = draft.name();
        this.role = draft.role();
        this.affiliation = draft.affiliation().isEmpty() ? null : draft.affiliation();
        this.namePublished = draft.namePublished();
    }

    long committeeId() {
        return committeeId;
    }

    long version() {
        return version;
    }

    MemberView view() {
        return new MemberView(id, position, name, role, affiliation == null ? "" : affiliation, namePublished, version);
    }
}
