package jp.hoshin.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code hoshin.admin.initial-password}: the first administrator's password; generated and written once when empty. */
@ConfigurationProperties("hoshin.admin")
record AdminProperties(@DefaultValue("") String initialPassword) {}
