package jp.hoshin.publiccomment;

import org.jspecify.annotations.Nullable;

/**
 * 提出者の個人情報 — address, name and phone of a person; for a group its address (所在地), name (団体名), representative
 * and phone — each only as far as the submitter gave it. Never logged: {@link #toString()} hides the values.
 */
public record PersonalData(
        @Nullable String address,
        @Nullable String name,
        @Nullable String representative,
        @Nullable String phone) {

    /** Whether the submitter gave none of the details (an opinion on paper without them, or from an archive). */
    public boolean empty() {
        return blank(address) && blank(name) && blank(representative) && blank(phone);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "PersonalData[***]";
    }
}
