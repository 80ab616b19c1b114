package jp.hoshin.whitepaper;

import java.time.LocalDate;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The white paper's own text, written by the planning section each year: title and subtitle for the cover,
 * the date of issue (shown as 令和3（2021）年7月), the foreword, and the colophon — who issues it, where, how to
 * reach them and how to send opinions on the paper.
 */
public record FrontMatter(
        String title,
        @Nullable String subtitle,
        @Nullable LocalDate issuedOn,
        @Nullable String foreword,
        @Nullable String issuer,
        @Nullable String address,
        @Nullable String contact,
        @Nullable String opinionNote) {

    public FrontMatter {
        if (title.isBlank()) {
            throw new IllegalArgumentException(Messages.get("whitePaper.title.required"));
        }
        if (title.length() > 200 || subtitle != null && subtitle.length() > 200) {
            throw new IllegalArgumentException(Messages.get("whitePaper.title.tooLong"));
        }
        subtitle = blankToNull(subtitle);
        foreword = blankToNull(foreword);
        issuer = blankToNull(issuer);
        address = blankToNull(address);
        contact = blankToNull(contact);
        opinionNote = blankToNull(opinionNote);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
