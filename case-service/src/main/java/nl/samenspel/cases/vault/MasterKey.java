package nl.samenspel.cases.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The service's master key, which wraps every data key, with an id stored beside each wrapped key so that a
 * rotation knows which key wrapped which row. The id is a one-way fingerprint: it names the key without
 * revealing it.
 */
public final class MasterKey {

    private static final String ID_CONTEXT = "samenspel vault master key id\0";

    private final SecretKey key;
    private final String id;

    public MasterKey(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The vault's master key must be 32 bytes (AES-256), base64-encoded.");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.id = fingerprint(key);
    }

    /** Refuses a value that is not base64 of 32 bytes, with a message that does not repeat it. */
    public static MasterKey fromBase64(String base64) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("The vault's master key is not valid base64: it must be 32 random bytes, base64-encoded.");
        }
        return new MasterKey(decoded);
    }

    public String id() {
        return id;
    }

    SecretKey secretKey() {
        return key;
    }

    private static String fingerprint(byte[] key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(ID_CONTEXT.getBytes(StandardCharsets.UTF_8));
            return "mk-" + HexFormat.of().formatHex(sha256.digest(key), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
