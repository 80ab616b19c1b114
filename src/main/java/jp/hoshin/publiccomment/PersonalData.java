package jp.hoshin.publiccomment;

import org.jspecify.annotations.Nullable;

/**
 * 提出者の個人情報 — address, name and phone of a person; for a group its address (所在地), name (団体名), representative
 * and phone. Never logged: {@link #toString()} hides the values.
 */
public record PersonalData(
        String address, String name, @Nullable String representative, String phone) {

    @Override
    public String toString() {
        return "PersonalData[***]";
    }
}
