package jp.hoshin.publiccomment;

import java.time.Instant;

/** A draft document without its bytes. */
public record DraftDocumentView(
        long id, long planId, String title, String filename, int sizeBytes, Instant uploadedAt) {

    /** 1.2 MB, 350 KB */
    public String sizeLabel() {
        return sizeBytes >= 1_000_000
                ? String.format("%.1f MB", sizeBytes / 1_000_000.0)
                : Math.max(1, sizeBytes / 1000) + " KB";
    }
}
