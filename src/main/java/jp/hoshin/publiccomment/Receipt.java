package jp.hoshin.publiccomment;

/** 受付番号 — given to the submitter, e.g. PC-2026-000123-K7QX (sequence + random part, so it cannot be guessed). */
public record Receipt(String number, long consultationId) {}
