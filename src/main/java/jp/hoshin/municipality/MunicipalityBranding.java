package jp.hoshin.municipality;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** How a municipality's public pages look: its accent colour and logo (kept in the database, shared by every instance). */
@Entity
@Audited
@Table(name = "municipality_branding")
class MunicipalityBranding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long municipalityId;

    private @Nullable String accentColour;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    private byte @Nullable [] logo;

    private @Nullable String logoType;

    private @Nullable String logoSha256;

    @Version
    private long version;

    @NotAudited
    private Instant updatedAt = Instant.now();

    protected MunicipalityBranding() {}

    MunicipalityBranding(long municipalityId) {
        this.municipalityId = municipalityId;
    }

    /** Sets the accent colour, or goes back to the site's own colour. */
    void recolour(@Nullable AccentColour colour) {
        this.accentColour = colour == null ? null : colour.hex();
    }

    /** Replaces the logo with a checked image. */
    void replaceLogo(LogoImage image) {
        this.logo = image.bytes();
        this.logoType = image.contentType();
        this.logoSha256 = image.sha256();
    }

    void removeLogo() {
        this.logo = null;
        this.logoType = null;
        this.logoSha256 = null;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    long municipalityId() {
        return municipalityId;
    }

    long id() {
        return id;
    }

    byte @Nullable [] logo() {
        return logo;
    }

    BrandingView view() {
        return new BrandingView(
                accentColour == null ? null : new AccentColour(accentColour), logoType, logoSha256, version);
    }
}
