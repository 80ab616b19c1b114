package jp.hoshin.whitepaper;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * 発行: one published edition of a white paper. Its PDF and HTML chapters are kept as issued in
 * {@code issued_document}; a later edition (改訂版, with its reason) adds a new one and changes nothing of this.
 */
@Entity
@Table(name = "white_paper_edition")
class WhitePaperEdition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long whitePaperId;
    private int number;
    private LocalDate issuedOn;
    private Instant publishedAt;
    private String publishedBy;
    private @Nullable String note;
    /** The chapters of this edition, one per line: id, tab, heading. */
    private String chapters;

    protected WhitePaperEdition() {}

    WhitePaperEdition(
            long whitePaperId,
            int number,
            LocalDate issuedOn,
            Instant publishedAt,
            String publishedBy,
            @Nullable String note,
            String chapters) {
        this.whitePaperId = whitePaperId;
        this.number = number;
        this.issuedOn = issuedOn;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.note = note;
        this.chapters = chapters;
    }

    EditionView view() {
        return new EditionView(
                number,
                issuedOn,
                publishedAt,
                publishedBy,
                note,
                chapters.lines()
                        .map(l -> l.split("\t", 2))
                        .map(p -> new EditionView.ChapterLink(p[0], p[1]))
                        .toList());
    }
}
