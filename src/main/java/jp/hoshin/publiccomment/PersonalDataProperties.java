package jp.hoshin.publiccomment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hoshin.personal-data.key} ({@code HOSHIN_PERSONAL_DATA_KEY}): the AES-256 key (base64, 32 bytes) for
 * submitters' personal data; required with an external database (see {@link PersonalDataCipher}).
 */
@ConfigurationProperties("hoshin.personal-data")
record PersonalDataProperties(@DefaultValue("") String key) {}
