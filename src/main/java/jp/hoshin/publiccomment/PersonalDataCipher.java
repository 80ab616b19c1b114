package jp.hoshin.publiccomment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jp.hoshin.shared.EmbeddedDatabaseProperties;
import jp.hoshin.shared.ExternalDatabase;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Encrypts submitters' personal data with AES-256-GCM (random 96-bit nonce per record, stored before the
 * ciphertext). The key is {@code hoshin.personal-data.key} (base64, 32 bytes). Without one, the embedded
 * database gets a development key generated once and kept beside its data ({@code personal-data.key});
 * with an external database the application refuses to start. The key is never logged.
 */
@Component
@EnableConfigurationProperties({PersonalDataProperties.class, EmbeddedDatabaseProperties.class, ExternalDatabase.class})
class PersonalDataCipher {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataCipher.class);
    private static final byte[] AAD = "hoshin-opinion-personal-data-v1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    PersonalDataCipher(
            PersonalDataProperties properties,
            ExternalDatabase externalDatabase,
            EmbeddedDatabaseProperties embeddedDatabase) {
        this.key = new SecretKeySpec(keyBytes(properties.key(), externalDatabase, embeddedDatabase), "AES");
    }

    private static byte[] keyBytes(
            String configured, ExternalDatabase externalDatabase, EmbeddedDatabaseProperties embeddedDatabase) {
        if (!configured.isBlank()) {
            return decode(configured.strip(), "hoshin.personal-data.key");
        }
        if (externalDatabase.configured()) {
            throw new IllegalStateException("外部データベースを使うときは、個人情報の暗号鍵 hoshin.personal-data.key"
                    + "（環境変数 HOSHIN_PERSONAL_DATA_KEY、32バイトを base64 で）を設定してください。例: openssl rand -base64 32");
        }
        Path file = embeddedDatabase.besideData().resolve("personal-data.key");
        try {
            if (Files.exists(file)) {
                log.info("個人情報の暗号化に、組み込みデータベース用の開発用の鍵を使います: {}（本番では hoshin.personal-data.key を設定してください）", file);
                return decode(Files.readString(file).strip(), file.toString());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.warn(
                    "個人情報の暗号鍵が設定されていないため、組み込みデータベース用の開発用の鍵を作成しました: {}" + "（本番では hoshin.personal-data.key を設定してください）",
                    file);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("開発用の個人情報の暗号鍵を " + file + " に用意できませんでした", e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " は base64 で書いてください。");
        }
        if (bytes.length != 32 && bytes.length != 16) {
            throw new IllegalStateException(source + " は 32 バイト（または 16 バイト）の鍵を base64 で書いてください。");
        }
        return bytes;
    }

    /** A keyed hash of a client address for the rate limit: the address itself is never stored. */
    String clientHash(String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("rate:" + clientAddress).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] encrypt(PersonalData data) {
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(plain)) {
                out.writeUTF(data.address() == null ? "" : data.address());
                out.writeUTF(data.name() == null ? "" : data.name());
                out.writeUTF(data.representative() == null ? "" : data.representative());
                out.writeUTF(data.phone() == null ? "" : data.phone());
            }
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(AAD);
            byte[] sealed = cipher.doFinal(plain.toByteArray());
            byte[] result = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, result, NONCE, sealed.length);
            return result;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("個人情報を暗号化できませんでした。", e);
        }
    }

    @Nullable
    PersonalData decrypt(byte @Nullable [] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE));
            cipher.updateAAD(AAD);
            byte[] plain = cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
                String address = in.readUTF();
                String name = in.readUTF();
                String representative = in.readUTF();
                String phone = in.readUTF();
                return new PersonalData(
                        address.isEmpty() ? null : address,
                        name.isEmpty() ? null : name,
                        representative.isEmpty() ? null : representative,
                        phone.isEmpty() ? null : phone);
            }
        } catch (IOException | GeneralSecurityException e) {
            // the message must not carry any of the data; a wrong key is the usual cause
            throw new IllegalStateException("個人情報を復号できませんでした（暗号鍵が保存時と異なる可能性があります）。");
        }
    }
}
