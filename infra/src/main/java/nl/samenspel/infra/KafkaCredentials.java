package nl.samenspel.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SCRAM passwords of an embedded broker's principals, made at random once per broker directory and kept
 * there (owner-only, never in git), so that no password of a running broker is written anywhere in the code. A
 * service started by the runner gets its own from the environment; a service started any other way has no
 * default and must be given one.
 */
final class KafkaCredentials {

    static final String FILE_NAME = "credentials.properties";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /**
     * What the admin principal was formatted with before passwords were generated: a broker directory made then
     * keeps it, because KRaft holds the broker's own login in its metadata log from the day it was formatted.
     */
    private static final String FORMATTED_BEFORE_GENERATED_PASSWORDS = "admin-kafka-dev";

    private final Map<String, String> passwords;

    private KafkaCredentials(Map<String, String> passwords) {
        this.passwords = Map.copyOf(passwords);
    }

    /**
     * The passwords kept in {@code directory}, and new ones for any principal that has none yet.
     *
     * @param formatted whether the broker's storage in {@code directory} exists already
     */
    static KafkaCredentials loadOrCreate(Path directory, boolean formatted) {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
            Map<String, String> passwords = new TreeMap<>();
            if (Files.exists(file)) {
                Properties stored = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    stored.load(reader);
                }
                stored.stringPropertyNames().forEach(name -> passwords.put(name, stored.getProperty(name)));
            } else if (formatted) {
                passwords.put(KafkaLayout.ADMIN, FORMATTED_BEFORE_GENERATED_PASSWORDS);
            }
            Set<String> principals = new LinkedHashSet<>(KafkaLayout.services());
            principals.add(KafkaLayout.ADMIN);
            boolean added = false;
            for (String principal : principals) {
                if (!passwords.containsKey(principal)) {
                    passwords.put(principal, generated());
                    added = true;
                }
            }
            if (added) {
                store(file, passwords);
            }
            return new KafkaCredentials(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the Kafka credentials in " + file, e);
        }
    }

    String password(String principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new IllegalArgumentException("No Kafka principal " + principal);
        }
        return password;
    }

    private static String generated() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static void store(Path file, Map<String, String> passwords) throws IOException {
        Properties properties = new Properties();
        properties.putAll(passwords);
        Path next = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(next);
        // Owner-only from the start, so no password is readable by others, not even for a moment.
        Files.createFile(next, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try (Writer writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
            properties.store(writer, "SCRAM passwords of this broker's principals (generated; keep private)");
        }
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
