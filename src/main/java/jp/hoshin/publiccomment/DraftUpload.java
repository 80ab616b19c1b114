package jp.hoshin.publiccomment;

/** A draft document as uploaded: the title staff gave (may be blank), the file's name and its bytes. */
public record DraftUpload(String title, String filename, byte[] content) {}
