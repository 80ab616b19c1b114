package jp.hoshin.committee;

/** A minutes PDF as uploaded or downloaded: the file's name and its bytes. */
public record MinutesFile(String filename, byte[] content) {}
