package jp.hoshin.municipality;

import java.util.Optional;

import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.ReadMemo;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A municipality's look on its public pages (accent colour, logo): read for every public page, set by its planning section. */
@Service
public class MunicipalityBrandings {

    /** What to do with the logo when the settings are saved. */
    public sealed interface LogoChange {
        record Keep() implements LogoChange {}

        record Remove() implements LogoChange {}

        record Replace(LogoImage image) implements LogoChange {}
    }

    private final MunicipalityRepository municipalities;
    private final MunicipalityBrandingRepository brandings;
    private final JdbcClient jdbc;

    MunicipalityBrandings(
            MunicipalityRepository municipalities, MunicipalityBrandingRepository brandings, JdbcClient jdbc) {
        this.municipalities = municipalities;
        this.brandings = brandings;
        this.jdbc = jdbc;
    }

    /** The municipality's look, {@link BrandingView#NONE} when it has set none. */
    @Transactional(readOnly = true)
    public BrandingView branding(MunicipalityView municipality) {
        // every public page asks: in a read-only transaction, what was read with the municipality (BrandingRows), or
        // else with plain SQL, as Municipalities.find reads (issue 19)
        Optional<BrandingView> stored = ReadMemo.readOnly()
                ? BrandingRows.READ.get(
                        municipality.id(),
                        id -> jdbc.sql("select " + BrandingRows.COLUMNS
                                        + " from municipality_branding b where b.municipality_id = ?")
                                .param(id)
                                .query((rs, n) -> BrandingRows.branding(rs))
                                .optional()
                                .flatMap(b -> b))
                : brandings.findByMunicipalityId(municipality.id()).map(MunicipalityBranding::view);
        return stored.orElse(BrandingView.NONE);
    }

    /** The logo whose fingerprint is {@code sha256}; empty when it is not (or no longer) the municipality's logo. */
    @Transactional(readOnly = true)
    public Optional<byte[]> logo(MunicipalityView municipality, String sha256) {
        return brandings.findLogo(municipality.id(), sha256);
    }

    /**
     * Saves the accent colour (null: the site's own) and the logo change, all or nothing. {@code editedVersion} is the
     * version the form was made from ({@link BrandingView#version()}, -1 before anything was set); a stale one is refused.
     */
    @Transactional
    public BrandingView save(
            MunicipalityView municipality, long editedVersion, @Nullable AccentColour colour, LogoChange logo) {
        Municipality m = municipalities.findByCode(municipality.code()).orElseThrow(ConcurrentEditException::new);
        Optional<MunicipalityBranding> stored =
                brandings.findByMunicipalityId(m.view().id());
        long current = stored.map(b -> b.view().version()).orElse(BrandingView.NONE.version());
        if (current != editedVersion) {
            throw new ConcurrentEditException();
        }
        MunicipalityBranding branding =
                stored.orElseGet(() -> new MunicipalityBranding(m.view().id()));
        branding.recolour(colour);
        switch (logo) {
            case LogoChange.Keep keep -> {}
            case LogoChange.Remove remove -> branding.removeLogo();
            case LogoChange.Replace replace -> branding.replaceLogo(replace.image());
        }
        return brandings.saveAndFlush(branding).view();
    }
}
