package jp.hoshin.shared;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * What this instance serves ({@code hoshin.mode}, {@code HOSHIN_MODE}): {@code staff} (default: everything) or
 * {@code public} (the public site and read API only, for the internet side; staff instances run on the LGWAN side against
 * the same PostgreSQL). Templates ask it as {@code @hoshinMode}.
 */
@Component("hoshinMode")
@EnableConfigurationProperties(HoshinMode.Settings.class)
public class HoshinMode {

    /** {@code hoshin.mode}: {@code staff} (default) or {@code public}. */
    @ConfigurationProperties("hoshin")
    public record Settings(@DefaultValue("staff") String mode) {}

    private final boolean publicOnly;

    public HoshinMode(Settings settings) {
        String mode = settings.mode();
        String m = mode.strip().toLowerCase(Locale.ROOT);
        if (!m.equals("staff") && !m.equals("public")) {
            throw new IllegalStateException("hoshin.mode（HOSHIN_MODE）は staff か public にしてください: " + mode);
        }
        this.publicOnly = m.equals("public");
    }

    public boolean publicOnly() {
        return publicOnly;
    }
}
