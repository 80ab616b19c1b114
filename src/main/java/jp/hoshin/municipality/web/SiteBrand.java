package jp.hoshin.municipality.web;

import jp.hoshin.municipality.BrandingView;
import jp.hoshin.municipality.MunicipalityView;
import org.jspecify.annotations.Nullable;

/**
 * What the layout shows of the municipality whose public page it is: its name in the header and footer (not the
 * deployment's), its logo, the stylesheet of its accent colour, its favicon and the Atom feed of its publications.
 */
public record SiteBrand(
        String name,
        String frontHref,
        @Nullable String logoHref,
        @Nullable String themeHref,
        String faviconHref,
        String feedHref) {

    /** The layout's model key. */
    public static final String MODEL_KEY = "siteBrand";

    static SiteBrand of(MunicipalityView m, BrandingView branding) {
        String base = "/m/" + m.code();
        String logo = branding.hasLogo() ? base + "/logo/" + branding.logoSha256() : null;
        return new SiteBrand(
                m.name(),
                base + "/",
                logo,
                branding.accentColour() != null ? base + "/theme.css?v=" + branding.version() : null,
                logo != null ? logo : "/assets/favicon.svg",
                base + "/feed.atom");
    }
}
