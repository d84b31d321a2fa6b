package nl.samenspel.infra;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak (the Quarkus distribution from Maven Central) in dev mode, with the Samenspel realm imported
 * on start. Dev mode keeps its database (H2 files) under the install directory, so the realm and anything
 * changed in the admin console survive restarts; an existing realm is not imported again.
 *
 * <p>Ready after about 50 s on the first start of a fresh install (Quarkus build), 20-25 s with an empty
 * database and about 15 s otherwise.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "samenspel";
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private static final String BUNDLED_REALM = "/keycloak/samenspel-realm.json";
    private static final String EXTRACTED_MARKER = ".samenspel-extracted";
    // 20-50 s on an idle two-core machine; several platforms starting at once on it took over 180 s.
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(360);
    private static final Duration IN_USE_TIMEOUT = Duration.ofMinutes(5);

    private final Path installDirectory;
    private final int port;
    private boolean shutdownHook = true;
    private boolean freshData;
    private Path logFile;
    private volatile ChildProcess process;
    private boolean closed;
    private FileChannel inUseChannel;
    private FileLock inUse;

    /**
     * @param installDirectory where the distribution is unpacked on first use and where its data lives
     * @param port             the HTTP port, or 0 for a free one chosen now (kept across restarts)
     */
    public KeycloakServer(Path installDirectory, int port) {
        this.installDirectory = installDirectory.toAbsolutePath();
        this.port = port == 0 ? Ports.freePort() : port;
        this.logFile = this.installDirectory.resolve("keycloak.log");
    }

    /** The Keycloak version this build unpacks. */
    public static String version() {
        return InfraProperties.get("keycloak.version");
    }

    /**
     * An install directory shared by test runs on this machine, so the 190 MB tree is unpacked once: the system
     * property {@code samenspel.keycloak.cache} (set by the infra build's surefire), else
     * {@code ~/.cache/samenspel/keycloak-<version>}.
     */
    public static Path sharedInstallDirectory() {
        String configured = System.getProperty("samenspel.keycloak.cache");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "samenspel", "keycloak-" + version());
    }

    /** The distribution zip in the local Maven repository; the build resolved it as a dependency of this module. */
    public static Path distributionZip() {
        String override = System.getenv("SAMENSPEL_KEYCLOAK_ZIP");
        Path zip = Path.of(override != null && !override.isBlank() ? override : InfraProperties.get("keycloak.zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + ": run 'mvn -pl infra -am package' to fetch it, or point SAMENSPEL_KEYCLOAK_ZIP at keycloak-quarkus-dist-" + version() + ".zip");
        }
        return zip;
    }

    /** Starts on an empty database, so the realm is imported exactly as committed. */
    public KeycloakServer withFreshData() {
        this.freshData = true;
        return this;
    }

    public KeycloakServer withLogFile(Path logFile) {
        this.logFile = logFile.toAbsolutePath();
        return this;
    }

    /** For an owner that stops its servers in a set order from its own shutdown hook. */
    public KeycloakServer withoutShutdownHook() {
        this.shutdownHook = false;
        return this;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String issuerUri() {
        return url() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    public Path installDirectory() {
        return installDirectory;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isRunning() {
        ChildProcess running = process;
        return running != null && running.isAlive();
    }

    /** Resident memory of the Keycloak process tree in kB, 0 when stopped. */
    public long residentKilobytes() {
        ChildProcess running = process;
        return running == null ? 0 : running.residentKilobytes();
    }

    /** Unpacks when needed, starts, and returns once the realm's discovery document is served. */
    public KeycloakServer start() {
        synchronized (this) {
            if (process != null) {
                return this;
            }
        }
        acquireInstallDirectory();
        ChildProcess started;
        synchronized (this) {
            if (closed) {
                releaseInstallDirectory();
                throw new IllegalStateException("Keycloak on port " + port + " was closed");
            }
            try {
                Ports.requireFree(new Ports.Claim(port, "Keycloak", null));
                install(installDirectory);
                if (freshData) {
                    FileTrees.delete(installDirectory.resolve("data").resolve("h2"));
                }
                Path imports = Files.createDirectories(installDirectory.resolve("data").resolve("import"));
                try (InputStream realm = KeycloakServer.class.getResourceAsStream(BUNDLED_REALM)) {
                    if (realm == null) {
                        throw new IllegalStateException(BUNDLED_REALM + " is missing from the classpath");
                    }
                    Files.copy(realm, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
                }
                Files.createDirectories(logFile.getParent());
            } catch (IOException e) {
                releaseInstallDirectory();
                throw new UncheckedIOException("Could not prepare Keycloak in " + installDirectory, e);
            } catch (RuntimeException e) {
                releaseInstallDirectory();
                throw e;
            }
            started = launch();
            process = started;
        }
        try {
            awaitReady(started);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return this;
    }

    private ChildProcess launch() {
        List<String> command = List.of(installDirectory.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-port=" + port,
                // Only loopback: the bootstrap admin password is "admin".
                "--http-host=127.0.0.1",
                "--import-realm");
        // No --http-management-port: the management interface (default 9000) only opens when health or
        // metrics are enabled, and dev mode enables neither.
        Map<String, String> environment = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        try {
            return ChildProcess.start("keycloak-" + port, command, installDirectory, environment, logFile, shutdownHook);
        } catch (RuntimeException e) {
            releaseInstallDirectory();
            throw e;
        }
    }

    public void stop() {
        ChildProcess running;
        synchronized (this) {
            running = process;
            process = null;
        }
        if (running != null) {
            running.stop();
        }
        synchronized (this) {
            releaseInstallDirectory();
        }
    }

    /**
     * One Keycloak per install directory at a time, across JVMs: tests share one directory, and a second instance
     * would delete or lock the first one's H2 database. Waits while another holds it.
     */
    private void acquireInstallDirectory() {
        Path lockFile = installDirectory.resolveSibling(installDirectory.getFileName() + ".in-use.lock");
        long deadline = System.nanoTime() + IN_USE_TIMEOUT.toNanos();
        try {
            Files.createDirectories(lockFile.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException heldInThisJvm) {
                    lock = null;
                }
                synchronized (this) {
                    if (lock != null) {
                        inUseChannel = channel;
                        inUse = lock;
                        return;
                    }
                    if (closed || System.nanoTime() > deadline) {
                        channel.close();
                        throw new IllegalStateException(closed ? "Keycloak on port " + port + " was closed"
                                : "Keycloak install " + installDirectory + " is in use by another Keycloak for over "
                                + IN_USE_TIMEOUT.toMinutes() + " minutes; stop it or use another install directory.");
                    }
                }
                TimeUnit.SECONDS.sleep(1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + lockFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + lockFile, e);
        }
    }

    private void releaseInstallDirectory() {
        try {
            if (inUse != null) {
                inUse.release();
            }
            if (inUseChannel != null) {
                inUseChannel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unlock " + installDirectory, e);
        } finally {
            inUse = null;
            inUseChannel = null;
        }
    }

    /** Stops for good: a later {@link #start()} fails, so a start racing with shutdown cannot leave Keycloak behind. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        stop();
    }

    /**
     * Unpacks the distribution into {@code target} (dropping the zip's top folder) unless a complete earlier
     * unpack is there. A lock file keeps two JVMs that share a cache directory from unpacking at once.
     */
    public static void install(Path target) throws IOException {
        Path marker = target.resolve(EXTRACTED_MARKER);
        if (Files.exists(marker)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path lockFile = target.resolveSibling(target.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (Files.exists(marker)) {
                return;
            }
            // Whatever is there was left by an interrupted unpack.
            FileTrees.delete(target);
            unzip(distributionZip(), target);
            Files.writeString(marker, version() + System.lineSeparator());
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.normalize();
        try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
            Enumeration<ZipArchiveEntry> entries = archive.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? "" : name.substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path destination = root.resolve(relative).normalize();
                if (!destination.startsWith(root)) {
                    throw new IOException("Zip entry outside the target directory: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
                // Java's zip support drops the mode bits, and kc.sh must stay executable.
                if ((entry.getUnixMode() & 0100) != 0) {
                    Set<PosixFilePermission> permissions = new HashSet<>(Files.getPosixFilePermissions(destination));
                    permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
                    Files.setPosixFilePermissions(destination, permissions);
                }
            }
        }
    }

    private void awaitReady(ChildProcess started) {
        URI discovery = URI.create(issuerUri() + "/.well-known/openid-configuration");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            if (!started.isAlive()) {
                throw new IllegalStateException("Keycloak on port " + port + " exited with code " + started.exitValue()
                        + " while starting. Last lines of " + logFile + ":\n" + started.logTail(30));
            }
            if (process != started) {
                throw new IllegalStateException("Keycloak on port " + port + " was stopped while starting");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak on port " + port + " did not serve realm " + REALM + " within "
                        + READY_TIMEOUT.toSeconds() + " s. Last lines of " + logFile + ":\n" + started.logTail(30));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
    }
}
