package jp.hoshin.whitepaper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A published edition: its number (1 = 初版), date of issue, who published it when, why (改訂版) and its chapters. */
public record EditionView(
        int number,
        LocalDate issuedOn,
        Instant publishedAt,
        String publishedBy,
        @Nullable String note,
        List<ChapterLink> chapters) {

    /** A chapter page of the edition: its path segment and heading (第1章 …). */
    public record ChapterLink(String id, String heading) {}

    public String label() {
        return number == 1 ? "初版" : "第" + number + "版";
    }
}
