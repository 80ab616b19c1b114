package jp.hoshin.municipality;

import org.jspecify.annotations.Nullable;

/**
 * A municipality's look on its public pages: the accent colour (none: the site's own) and the logo's type and
 * fingerprint (none: no logo). The fingerprint names the image in its address, so a new logo is a new address.
 */
public record BrandingView(
        @Nullable AccentColour accentColour,
        @Nullable String logoType,
        @Nullable String logoSha256,
        long version) {

    public static final BrandingView NONE = new BrandingView(null, null, null, -1);

    public boolean hasLogo() {
        return logoSha256 != null;
    }

    /** Whether the municipality has anything of its own (a colour or a logo). */
    public boolean custom() {
        return accentColour != null || hasLogo();
    }
}
