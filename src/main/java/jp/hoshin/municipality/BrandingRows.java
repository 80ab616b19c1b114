package jp.hoshin.municipality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import jp.hoshin.shared.ReadMemo;

/**
 * A municipality's branding as a page's read-only transaction reads it: with the municipality's own row
 * ({@link Municipalities#find}), remembered for the transaction, so that the branding every public page shows costs no
 * statement of its own (issue 19).
 */
final class BrandingRows {

    /** The columns read, aliased as {@link #branding} maps them; {@code b} is {@code municipality_branding}. */
    static final String COLUMNS =
            "b.municipality_id as branded, b.accent_colour, b.logo_type, b.logo_sha256, b.version as branding_version";

    /** The branding read with a municipality in this transaction, by municipality id. */
    static final ReadMemo<Long, Optional<BrandingView>> READ = new ReadMemo<>("brandingByMunicipality");

    private BrandingRows() {}

    /** The branding on a row with {@link #COLUMNS}: empty when the municipality has set none. */
    static Optional<BrandingView> branding(ResultSet rs) throws SQLException {
        rs.getLong("branded");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        String colour = rs.getString("accent_colour");
        return Optional.of(new BrandingView(
                colour == null ? null : new AccentColour(colour),
                rs.getString("logo_type"),
                rs.getString("logo_sha256"),
                rs.getLong("branding_version")));
    }
}
