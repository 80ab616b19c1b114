package jp.hoshin.committee;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** 外部評価委員会 — a municipality's evaluation committee of one fiscal year, published or not. */
@Entity
@Audited
@Table(name = "committee")
class Committee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;
    private int fiscalYear;
    private String name;
    private boolean illustrative;
    private @Nullable Instant publishedAt;
    private @Nullable String publishedBy;

    @Version
    private long version;

    protected Committee() {}

    Committee(String municipalityCode, int fiscalYear, String name) {
        this.municipalityCode = municipalityCode;
        this.fiscalYear = fiscalYear;
        this.name = name;
    }

    /** Marks the committee as an illustrative example (demo data): the public page says so. */
    void markIllustrative() {
        this.illustrative = true;
    }

    void rename(String newName) {
        this.name = newName;
    }

    /** 公表: members (names where published), meetings, ratings and 提言 of the year become public. */
    void publish(String by, Instant at) {
        if (publishedAt != null) {
            throw new BusinessRuleException(Messages.get("committee.alreadyPublished"));
        }
        this.publishedAt = at;
        this.publishedBy = by;
    }

    /** 公表の取り下げ. */
    void withdraw() {
        if (publishedAt == null) {
            throw new BusinessRuleException(Messages.get("committee.notPublished"));
        }
        this.publishedAt = null;
        this.publishedBy = null;
    }

    long id() {
        return id;
    }

    long version() {
        return version;
    }

    CommitteeView view() {
        return new CommitteeView(
                id, municipalityCode, fiscalYear, name, illustrative, publishedAt, publishedBy, version);
    }
}
