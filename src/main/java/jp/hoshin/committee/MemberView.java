package jp.hoshin.committee;

/** A committee member as staff pages read it (the public page shows the name only when {@code namePublished}). */
public record MemberView(
        long id, int position, String name, String role, String affiliation, boolean namePublished, long version) {}
