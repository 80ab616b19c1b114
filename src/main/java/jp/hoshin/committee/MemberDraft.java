package jp.hoshin.committee;

/** A member as the planning section enters it (affiliation may be empty). */
public record MemberDraft(String name, String role, String affiliation, boolean namePublished) {}
