package nl.samenspel.cases.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Data keys in PostgreSQL ({@code personal_data_key}), each wrapped with the service's master key so a copy of
 * the database alone opens nothing. Each row names the master key that wrapped it ({@code master_key_id}), so
 * {@link MasterKeyRotation} can rewrap them under a new one. Erasure overwrites the wrapped key with nothing and keeps the row as the
 * record that the subject was erased, so no later write can bring the subject back under a fresh key.
 */
public class JdbcPersonalDataVault implements PersonalDataVault {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int TAG_BITS = 128;
    private static final int IV_BYTES = 12;
    private static final int CACHED_KEYS = 10_000;

    private final JdbcTemplate jdbc;
    private final MasterKey masterKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    // Unwrapping costs a cipher call per read; a bounded cache keeps hot cases cheap. Erasure evicts.
    private final Map<String, SecretKey> keys = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SecretKey> eldest) {
            return size() > CACHED_KEYS;
        }
    };

    public JdbcPersonalDataVault(JdbcTemplate jdbc, byte[] masterKey, Clock clock) {
        this(jdbc, new MasterKey(masterKey), clock);
    }

    public JdbcPersonalDataVault(JdbcTemplate jdbc, MasterKey masterKey, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    /**
     * Labels the data keys wrapped before rows named their master key with this vault's key, each only after
     * it unwrapped under it. Returns how many were labelled; a row that does not unwrap stays unlabelled, for a
     * rotation from the key that did wrap it.
     */
    public int labelUnlabelledKeys() {
        int labelled = 0;
        for (String subject : jdbc.queryForList("select subject from personal_data_key "
                + "where master_key_id is null and wrapped_key is not null", String.class)) {
            byte[] wrapped = jdbc.queryForObject("select wrapped_key from personal_data_key where subject = ?", byte[].class, subject);
            if (unwrapsUnder(masterKey, wrapped)) {
                labelled += jdbc.update("update personal_data_key set master_key_id = ? where subject = ? and master_key_id is null",
                        masterKey.id(), subject);
            }
        }
        return labelled;
    }

    @Override
    public Sealed seal(String subject, String plaintext) {
        SecretKey key = key(subject, true).orElseThrow(() -> new SubjectErased(subject));
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] data = crypt(Cipher.ENCRYPT_MODE, key, iv, subject, plaintext.getBytes(StandardCharsets.UTF_8));
        return new Sealed(subject, base64(iv), base64(data));
    }

    @Override
    public Optional<String> open(Sealed sealed) {
        return key(sealed.keyId(), false).map(key -> new String(crypt(Cipher.DECRYPT_MODE, key,
                Base64.getDecoder().decode(sealed.iv()), sealed.keyId(), Base64.getDecoder().decode(sealed.data())),
                StandardCharsets.UTF_8));
    }

    @Override
    public boolean erase(String subject) {
        synchronized (keys) {
            keys.remove(subject);
        }
        int erased = jdbc.update("update personal_data_key set wrapped_key = null, erased_at = ? "
                + "where subject = ? and wrapped_key is not null", java.sql.Timestamp.from(clock.instant()), subject);
        if (erased == 0) {
            // A subject that never had a key is erased too: nothing may be sealed for it afterwards.
            return jdbc.update("insert into personal_data_key (subject, wrapped_key, created_at, erased_at) "
                    + "values (?, null, ?, ?) on conflict (subject) do nothing", subject,
                    java.sql.Timestamp.from(clock.instant()), java.sql.Timestamp.from(clock.instant())) > 0;
        }
        return true;
    }

    @Override
    public boolean isErased(String subject) {
        return Boolean.TRUE.equals(jdbc.query("select wrapped_key is null from personal_data_key where subject = ?",
                rs -> rs.next() ? rs.getBoolean(1) : Boolean.FALSE, subject));
    }

    @Override
    public String blindIndex(String purpose, String value) {
        String subject = "blind-index:" + purpose;
        SecretKey key = key(subject, true).orElseThrow(() -> new SubjectErased(subject));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private Optional<SecretKey> key(String subject, boolean create) {
        synchronized (keys) {
            SecretKey cached = keys.get(subject);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        Optional<Optional<byte[]>> stored = stored(subject);
        if (stored.isEmpty() && create) {
            byte[] wrapped = wrap(masterKey, newKey().getEncoded(), random);
            try {
                jdbc.update("insert into personal_data_key (subject, wrapped_key, master_key_id, created_at) values (?, ?, ?, ?)",
                        subject, wrapped, masterKey.id(), java.sql.Timestamp.from(clock.instant()));
            } catch (DuplicateKeyException concurrentFirstUse) {
                // Another request created the key a moment earlier; use that one.
            }
            stored = stored(subject);
        }
        Optional<SecretKey> key = stored.flatMap(wrapped -> wrapped.map(row -> new SecretKeySpec(unwrap(masterKey, row), "AES")));
        key.ifPresent(found -> {
            synchronized (keys) {
                keys.put(subject, found);
            }
        });
        return key;
    }

    /** Empty when there is no row; a row with an empty key is an erased subject. */
    private Optional<Optional<byte[]>> stored(String subject) {
        return jdbc.query("select wrapped_key, master_key_id from personal_data_key where subject = ?", rs -> {
            if (!rs.next()) {
                return Optional.empty();
            }
            String wrappedBy = rs.getString(2);
            if (wrappedBy != null && !wrappedBy.equals(masterKey.id())) {
                throw new IllegalStateException("A data key is wrapped with master key " + wrappedBy + " but this service has "
                        + masterKey.id() + ": configure that key, or finish the rotation to this one");
            }
            return Optional.of(Optional.ofNullable(rs.getBytes(1)));
        }, subject);
    }

    private SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available", e);
        }
    }

    static byte[] wrap(MasterKey masterKey, byte[] dataKey, SecureRandom random) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] wrapped = crypt(Cipher.ENCRYPT_MODE, masterKey.secretKey(), iv, "data-key", dataKey);
        byte[] stored = new byte[IV_BYTES + wrapped.length];
        System.arraycopy(iv, 0, stored, 0, IV_BYTES);
        System.arraycopy(wrapped, 0, stored, IV_BYTES, wrapped.length);
        return stored;
    }

    static byte[] unwrap(MasterKey masterKey, byte[] stored) {
        byte[] iv = java.util.Arrays.copyOfRange(stored, 0, IV_BYTES);
        byte[] wrapped = java.util.Arrays.copyOfRange(stored, IV_BYTES, stored.length);
        return crypt(Cipher.DECRYPT_MODE, masterKey.secretKey(), iv, "data-key", wrapped);
    }

    static boolean unwrapsUnder(MasterKey masterKey, byte[] stored) {
        try {
            unwrap(masterKey, stored);
            return true;
        } catch (IllegalStateException wrongKey) {
            return false;
        }
    }

    /** The associated data binds a ciphertext to its subject: one client's data cannot be passed off as another's. */
    private static byte[] crypt(int mode, SecretKey key, byte[] iv, String associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // The message names no data: only that a ciphertext did not authenticate under its key.
            throw new IllegalStateException("Personal data did not decrypt: wrong key or tampered ciphertext", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
