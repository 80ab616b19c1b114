package jp.hoshin.publiccomment;

import org.jspecify.annotations.Nullable;

/** What a submitter sends (or staff copy from a letter, fax, e-mail or visit), already checked for presence and length. */
public record OpinionSubmission(
        boolean group, PersonalData submitter, @Nullable Long planId, String opinion) {

    public static final int MAX_ADDRESS = 200;
    public static final int MAX_NAME = 100;
    public static final int MAX_PHONE = 30;
    public static final int MAX_OPINION = 4000;

    @Override
    public String toString() {
        return "OpinionSubmission[group=" + group + ", planId=" + planId + ", " + opinion.length() + " characters]";
    }
}
