package jp.hoshin.publiccomment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A draft document without its bytes. */
public record DraftDocumentView(
        long id,
        long planId,
        String title,
        String filename,
        int sizeBytes,
        Instant uploadedAt,
        @Nullable Instant withdrawnAt,
        @Nullable Long replacedBy,
        long version) {

    /** Served publicly (when its plan is published): neither withdrawn nor replaced. */
    public boolean current() {
        return withdrawnAt == null && replacedBy == null;
    }

    /** 1.2 MB, 350 KB */
    public String sizeLabel() {
        return sizeBytes >= 1_000_000
                ? String.format("%.1f MB", sizeBytes / 1_000_000.0)
                : Math.max(1, sizeBytes / 1000) + " KB";
    }
}
