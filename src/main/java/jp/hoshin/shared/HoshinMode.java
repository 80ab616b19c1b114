package jp.hoshin.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What this instance serves ({@code hoshin.mode}, {@code HOSHIN_MODE}): {@code staff} (default: everything) or
 * {@code public} (the public site and read API only, for the internet side; staff instances run on the LGWAN side against
 * the same PostgreSQL). Templates ask it as {@code @hoshinMode}.
 */
@Component("hoshinMode")
public class HoshinMode {

    private final boolean publicOnly;

    public HoshinMode(@Value("${hoshin.mode:staff}") String mode) {
        String m = mode.strip().toLowerCase(java.util.Locale.ROOT);
        if (!m.equals("staff") && !m.equals("public")) {
            throw new IllegalStateException("hoshin.mode（HOSHIN_MODE）は staff か public にしてください: " + mode);
        }
        this.publicOnly = m.equals("public");
    }

    public boolean publicOnly() {
        return publicOnly;
    }
}
