package jp.hoshin.publiccomment;

import java.time.Instant;

import jakarta.persistence.Entity;
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

/** 素案の資料 — a draft document (PDF) of an individual plan, kept in PostgreSQL. The history records the upload, not the bytes. */
@Entity
@Audited
@Table(name = "plan_draft_document")
class DraftDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private String title;
    private String filename;
    private int sizeBytes;

    @NotAudited
    private byte[] content;

    private Instant uploadedAt;
    private @Nullable Instant withdrawnAt;
    private @Nullable Long replacedBy;

    @Version
    private long version;

    protected DraftDocument() {}

    DraftDocument(long planId, String title, String filename, byte[] content, Instant uploadedAt) {
        this.planId = planId;
        this.title = title;
        this.filename = filename;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedAt = uploadedAt;
    }

    /** 取り下げ: no longer served publicly; kept in the history for the staff. */
    void withdraw(Instant at) {
        requireCurrent();
        withdrawnAt = at;
    }

    /** 差し替え: the newer document is served instead; this one stays in the history. */
    void replaceWith(long newer, Instant at) {
        requireCurrent();
        replacedBy = newer;
        withdrawnAt = at;
    }

    private void requireCurrent() {
        if (withdrawnAt != null || replacedBy != null) {
            throw new BusinessRuleException(Messages.get("comment.document.notCurrent"));
        }
    }

    boolean current() {
        return withdrawnAt == null && replacedBy == null;
    }

    long version() {
        return version;
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    String filename() {
        return filename;
    }

    byte[] content() {
        return content;
    }
}
