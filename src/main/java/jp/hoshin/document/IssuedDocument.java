package jp.hoshin.document;

import java.time.Instant;

/**
 * A file Hoshin issued: its key (what it is, e.g. {@code department-plans/132047/2020.pdf}), the
 * fingerprint of the data it was made from, the bytes and when it was issued.
 */
public record IssuedDocument(String key, String fingerprint, String contentType, byte[] content, Instant issuedAt) {}
