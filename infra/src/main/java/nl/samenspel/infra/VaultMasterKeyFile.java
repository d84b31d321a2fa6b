package nl.samenspel.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * case-service's vault master key for the local runner: generated once per data directory and kept in it
 * (owner-only, and the data directory is not in git), so the cases sealed in that directory open again after a
 * restart. Only the runner does this; every other start of case-service must be given its key.
 */
public final class VaultMasterKeyFile {

    public static final String ENVIRONMENT_VARIABLE = "SAMENSPEL_VAULT_MASTER_KEY";
    public static final String FILE_NAME = "vault-master-key";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private VaultMasterKeyFile() {
    }

    /** The key stored in {@code home}, made (32 random bytes, base64) on first use. */
    public static String loadOrCreate(Path home) {
        Path file = home.resolve(FILE_NAME);
        try {
            Files.createDirectories(home);
            if (!Files.exists(file)) {
                create(file);
            }
            String key = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (Base64.getDecoder().decode(key).length != 32) {
                throw new IllegalStateException(file + " does not hold a vault master key (32 bytes, base64).");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the vault master key in " + file, e);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(file + " does not hold a vault master key (32 bytes, base64).");
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            // Created owner-only from the start, so the key is never readable by others, not even for a moment.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + System.lineSeparator(), StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING);
        Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
}
