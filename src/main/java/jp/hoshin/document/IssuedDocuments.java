package jp.hoshin.document;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issued files, kept in PostgreSQL (table {@code issued_document}) so that any instance behind the load
 * balancer serves them. A document generated from data is issued again only when the data's
 * fingerprint changes; until then every request gets the stored bytes.
 */
@Service
public class IssuedDocuments {

    private final JdbcClient jdbc;
    private final Clock clock;

    IssuedDocuments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<IssuedDocument> find(String key) {
        return jdbc.sql("select key, fingerprint, content_type, content, issued_at from issued_document where key = ?")
                .param(key)
                .query((rs, n) -> new IssuedDocument(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBytes(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * The document under {@code key} made from data with this fingerprint: the stored one if it was
     * made from the same data, otherwise a newly generated one, stored in place of the old.
     */
    @Transactional
    public IssuedDocument issue(String key, String fingerprint, String contentType, Supplier<byte[]> generator) {
        Optional<IssuedDocument> stored = find(key);
        if (stored.isPresent() && stored.get().fingerprint().equals(fingerprint)) {
            return stored.get();
        }
        IssuedDocument issued = new IssuedDocument(key, fingerprint, contentType, generator.get(), Instant.now(clock));
        jdbc.sql("""
                insert into issued_document (key, fingerprint, content_type, content, issued_at) values (?, ?, ?, ?, ?)
                on conflict (key) do update set fingerprint = excluded.fingerprint, content_type = excluded.content_type,
                    content = excluded.content, issued_at = excluded.issued_at
                """)
                .params(
                        key,
                        fingerprint,
                        contentType,
                        issued.content(),
                        issued.issuedAt().atOffset(ZoneOffset.UTC))
                .update();
        return issued;
    }

    /**
     * Keeps a file as issued, for good: a published document that a later regeneration must not change.
     * Refuses a key that is already taken.
     */
    @Transactional
    public IssuedDocument keep(String key, String contentType, byte[] content) {
        IssuedDocument issued = new IssuedDocument(key, "kept", contentType, content, Instant.now(clock));
        int inserted = jdbc.sql("""
                insert into issued_document (key, fingerprint, content_type, content, issued_at) values (?, ?, ?, ?, ?)
                on conflict (key) do nothing
                """)
                .params(
                        key,
                        issued.fingerprint(),
                        contentType,
                        content,
                        issued.issuedAt().atOffset(ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            throw new IllegalStateException("発行済みの文書 " + key + " は置き換えられません。");
        }
        return issued;
    }
}
