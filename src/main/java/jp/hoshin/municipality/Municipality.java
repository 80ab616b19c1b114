package jp.hoshin.municipality;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.LocalGovernmentCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** 自治体 — a municipality served by this deployment. */
@Entity
@Audited
@Table(name = "municipality")
class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The natural key: unique, never changed; {@link Municipalities#find} looks it up once per page. */
    @NaturalId
    private String code;

    private String name;

    private @Nullable String nameKana;

    private String prefecture;

    private boolean sample;

    private @Nullable String publicNote;

    @Version
    private long version;

    @NotAudited
    private Instant createdAt = Instant.now();

    @NotAudited
    private Instant updatedAt = Instant.now();

    protected Municipality() {}

    Municipality(LocalGovernmentCode code, String name, @Nullable String nameKana, String prefecture, boolean sample) {
        this.code = code.value();
        describe(name, nameKana, prefecture, null);
        this.sample = sample;
    }

    /** Changes how the municipality is named and introduced on its public site. */
    void describe(String name, @Nullable String nameKana, String prefecture, @Nullable String publicNote) {
        this.name = name;
        this.nameKana = nameKana;
        this.prefecture = prefecture;
        this.publicNote = publicNote;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    MunicipalityView view() {
        return new MunicipalityView(id, code, name, nameKana, prefecture, sample, publicNote, version);
    }

    String code() {
        return code;
    }
}
