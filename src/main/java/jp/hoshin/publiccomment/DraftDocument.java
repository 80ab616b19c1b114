package jp.hoshin.publiccomment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

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

    protected DraftDocument() {}

    DraftDocument(long planId, String title, String filename, byte[] content, Instant uploadedAt) {
        this.planId = planId;
        this.title = title;
        this.filename = filename;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedAt = uploadedAt;
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
