package jp.hoshin.publiccomment;

import org.jspecify.annotations.Nullable;

/** 提出方法 — the web form, and post (to the address), fax, e-mail and in person where given. */
public record Channels(
        boolean webForm,
        @Nullable String postAddress,
        @Nullable String fax,
        @Nullable String email,
        @Nullable String inPerson) {}
