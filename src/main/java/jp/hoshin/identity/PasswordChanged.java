package jp.hoshin.identity;

/** A staff account's password was changed by its owner or reset by an administrator. */
public record PasswordChanged(long accountId, String username) {}
