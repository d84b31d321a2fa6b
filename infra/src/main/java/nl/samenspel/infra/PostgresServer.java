package nl.samenspel.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL (zonky's binaries, run as a child process) on a fixed port with its cluster in a
 * directory of our choosing. Reusing the directory keeps the data: zonky only runs initdb when the
 * directory holds no cluster yet.
 *
 * <p>It runs durable unless told otherwise: zonky starts postgres with {@code -F} (fsync off) and
 * {@code synchronous_commit=off}, which lets an OS crash or power cut corrupt the cluster, so every
 * start sets fsync, synchronous_commit and full_page_writes back on. Only tests may trade that for
 * speed, with {@link #trustingTheOsForTestsOnly()}.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    /** zonky's pg_hba uses trust, so any password works; services still send one. */
    public static final String PASSWORD = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final int port;
    private final Path dataDirectory;
    private final boolean temporary;
    private Path logFile;
    private boolean shutdownHook = true;
    private boolean durable = true;
    private volatile EmbeddedPostgres postgres;
    private volatile Thread hook;
    private boolean closed;

    /**
     * @param port          the port, or 0 for a free one chosen now (and kept across restarts)
     * @param dataDirectory the cluster directory; created when missing
     */
    public PostgresServer(int port, Path dataDirectory) {
        this(port, dataDirectory, false);
    }

    private PostgresServer(int port, Path dataDirectory, boolean temporary) {
        this.port = port == 0 ? Ports.freePort() : port;
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.temporary = temporary;
        this.logFile = this.dataDirectory.resolveSibling(this.dataDirectory.getFileName() + ".log");
    }

    /** On a free port with a fresh directory that {@link #close()} deletes. */
    public static PostgresServer temporary() {
        try {
            return new PostgresServer(0, Files.createTempDirectory("samenspel-pg-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PostgresServer withLogFile(Path logFile) {
        this.logFile = logFile.toAbsolutePath();
        return this;
    }

    /** For an owner that stops its servers in a set order from its own shutdown hook. */
    public PostgresServer withoutShutdownHook() {
        this.shutdownHook = false;
        return this;
    }

    /**
     * Turns fsync, synchronous commit and full-page writes off: a crash may lose or corrupt the data, which
     * only a test's throw-away database can afford. Test infrastructure only; the runner never calls this.
     */
    public PostgresServer trustingTheOsForTestsOnly() {
        this.durable = false;
        return this;
    }

    /** Whether this server is started with fsync, synchronous commit and full-page writes on. */
    public boolean isDurable() {
        return durable;
    }

    public synchronized PostgresServer start() {
        if (closed) {
            throw new IllegalStateException("PostgreSQL on port " + port + " was closed");
        }
        if (postgres != null) {
            return this;
        }
        Ports.requireFree(new Ports.Claim(port, "PostgreSQL", null));
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logFile.getParent());
            String onWhenDurable = durable ? "on" : "off";
            postgres = EmbeddedPostgres.builder()
                    // Passed as -c after zonky's -F, so these win over it.
                    .setServerConfig("fsync", onWhenDurable)
                    .setServerConfig("synchronous_commit", onWhenDurable)
                    .setServerConfig("full_page_writes", onWhenDurable)
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start on port " + port + " with data in " + dataDirectory + ": " + e.getMessage(), e);
        }
        if (shutdownHook) {
            // A temporary server also takes its directory along: tests often leave closing to the JVM's end.
            hook = new Thread(temporary ? this::close : this::stop, "stop-postgres-" + port);
            Runtime.getRuntime().addShutdownHook(hook);
        }
        return this;
    }

    public synchronized void stop() {
        EmbeddedPostgres running = postgres;
        postgres = null;
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL on port " + port + " did not stop cleanly", e);
        } finally {
            removeHook();
        }
    }

    private void removeHook() {
        Thread registered = hook;
        hook = null;
        ShutdownHooks.remove(registered);
    }

    /** Stops for good: a later {@link #start()} fails. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        stop();
        if (temporary) {
            FileTrees.deleteQuietly(dataDirectory);
            FileTrees.deleteQuietly(logFile);
        }
    }

    public boolean isRunning() {
        return postgres != null;
    }

    /** Resident memory of the postmaster and its backends in kB, 0 when stopped. */
    public long residentKilobytes() {
        if (postgres == null) {
            return 0;
        }
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            return ProcessHandle.of(postmaster).map(ChildProcess::treeResidentKilobytes).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    /** Creates the database unless it exists. Returns whether it was created. */
    public boolean ensureDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lowercase database name: " + name);
        }
        try (Connection connection = connect("postgres")) {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, name);
                try (ResultSet result = query.executeQuery()) {
                    if (result.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                // CREATE DATABASE takes no bind parameters; the name is checked against DATABASE_NAME above.
                create.execute("CREATE DATABASE \"" + name + "\"");
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on port " + port + ": " + e.getMessage(), e);
        }
    }
}
