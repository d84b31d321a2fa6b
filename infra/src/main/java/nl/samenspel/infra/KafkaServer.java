package nl.samenspel.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.Uuid;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) in a child JVM, on fixed ports and with a
 * fixed log directory, so that it can be stopped and started again and clients find it where it was, with
 * its records. Spring's embedded broker cannot do this: it picks a new random port on every start.
 *
 * <p>Start takes about 5 s here (first start 3 s more for formatting the storage); see stack.md.
 */
public final class KafkaServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final String META_PROPERTIES = "meta.properties";
    private static final String SCRAM_LOGIN = "org.apache.kafka.common.security.scram.ScramLoginModule";

    private final int port;
    private final int controllerPort;
    private final Path directory;
    private final boolean temporary;
    private KafkaCredentials credentials;
    private boolean shutdownHook = true;
    private Path logFile;
    private volatile ChildProcess process;
    private volatile Thread hook;
    private boolean closed;

    /**
     * @param port      the client port, or 0 for a free one chosen now (kept across restarts)
     * @param directory holds the configuration, the broker log and the data; reuse it to keep the records
     */
    public KafkaServer(int port, Path directory) {
        this(port, 0, directory, false);
    }

    /** @param controllerPort the KRaft controller port, or 0 for a free one chosen now */
    public KafkaServer(int port, int controllerPort, Path directory) {
        this(port, controllerPort, directory, false);
    }

    private KafkaServer(int port, int controllerPort, Path directory, boolean temporary) {
        this.port = port == 0 ? Ports.freePortExcept(Set.of(controllerPort)) : port;
        this.controllerPort = controllerPort == 0 ? Ports.freePortExcept(Set.of(this.port)) : controllerPort;
        if (this.port == this.controllerPort) {
            throw new IllegalArgumentException("Kafka client and controller ports must differ: " + port);
        }
        this.directory = directory.toAbsolutePath();
        this.temporary = temporary;
        this.logFile = this.directory.resolve("broker.log");
    }

    /** On free ports with a fresh directory that {@link #close()} deletes. */
    public static KafkaServer temporary() {
        try {
            return new KafkaServer(0, 0, Files.createTempDirectory("samenspel-kafka-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For an owner that stops its servers in a set order from its own shutdown hook. */
    public KafkaServer withoutShutdownHook() {
        this.shutdownHook = false;
        return this;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public Path directory() {
        return directory;
    }

    public Path logFile() {
        return logFile;
    }

    public KafkaServer withLogFile(Path logFile) {
        this.logFile = logFile.toAbsolutePath();
        return this;
    }

    public boolean isRunning() {
        ChildProcess running = process;
        return running != null && running.isAlive();
    }

    /** Resident memory of the broker JVM in kB, 0 when stopped. */
    public long residentKilobytes() {
        ChildProcess running = process;
        return running == null ? 0 : running.residentKilobytes();
    }

    /** Starts the broker and returns once a client can talk to it. */
    public KafkaServer start() {
        ChildProcess started;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("Kafka on port " + port + " was closed");
            }
            if (process != null) {
                return this;
            }
            Ports.requireFree(List.of(new Ports.Claim(port, "Kafka", null), new Ports.Claim(controllerPort, "the Kafka controller", null)));
            try {
                Files.createDirectories(dataDirectory());
                credentials();
                writeConfiguration();
                if (!Files.exists(dataDirectory().resolve(META_PROPERTIES))) {
                    formatStorage();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not prepare Kafka in " + directory, e);
            }
            started = ChildProcess.start("kafka-" + port, javaCommand("kafka.Kafka", serverProperties().toString()),
                    directory, Map.of(), logFile(), false);
            process = started;
            if (shutdownHook) {
                // A temporary broker also takes its directory along: tests often leave closing to the JVM's end.
                hook = new Thread(temporary ? this::close : this::stop, "stop-kafka-" + port);
                Runtime.getRuntime().addShutdownHook(hook);
            }
        }
        try {
            awaitReady(started);
            provision();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return this;
    }

    public void stop() {
        ChildProcess running;
        Thread registered;
        synchronized (this) {
            running = process;
            process = null;
            registered = hook;
            hook = null;
        }
        if (running != null) {
            running.stop();
        }
        ShutdownHooks.remove(registered);
    }

    /** Stops for good: a later {@link #start()} fails, so a start racing with shutdown cannot leave a broker behind. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        stop();
        if (temporary) {
            FileTrees.deleteQuietly(directory);
        }
    }

    private Path dataDirectory() {
        return directory.resolve("data");
    }

    private Path serverProperties() {
        return directory.resolve("server.properties");
    }

    private void writeConfiguration() throws IOException {
        Properties server = new Properties();
        server.setProperty("process.roles", "broker,controller");
        server.setProperty("node.id", "1");
        server.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        // Clients and the broker itself log in with SCRAM on the client listener; the controller listener takes
        // PLAIN, as KRaft keeps SCRAM credentials in its metadata log and cannot check them there. Both only
        // listen on localhost.
        server.setProperty("listeners", "SASL_PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        server.setProperty("advertised.listeners", "SASL_PLAINTEXT://localhost:" + port);
        server.setProperty("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        server.setProperty("controller.listener.names", "CONTROLLER");
        server.setProperty("inter.broker.listener.name", "SASL_PLAINTEXT");
        server.setProperty("sasl.enabled.mechanisms", KafkaLayout.MECHANISM);
        server.setProperty("sasl.mechanism.inter.broker.protocol", KafkaLayout.MECHANISM);
        server.setProperty("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                KafkaLayout.jaas(SCRAM_LOGIN, KafkaLayout.ADMIN, password(KafkaLayout.ADMIN)));
        server.setProperty("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        server.setProperty("sasl.mechanism.controller.protocol", "PLAIN");
        String adminPassword = password(KafkaLayout.ADMIN);
        server.setProperty("listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + KafkaLayout.ADMIN
                        + "\" password=\"" + adminPassword + "\" user_" + KafkaLayout.ADMIN + "=\"" + adminPassword + "\";");
        // Only what an ACL grants is allowed (KafkaLayout); the admin principal is the one super user.
        server.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        server.setProperty("super.users", "User:" + KafkaLayout.ADMIN);
        server.setProperty("allow.everyone.if.no.acl.found", "false");
        server.setProperty("log.dirs", dataDirectory().toString());
        server.setProperty("num.partitions", "6");
        server.setProperty("auto.create.topics.enable", "false");
        server.setProperty("group.initial.rebalance.delay.ms", "0");
        // One node: every replicated internal topic must make do with a single replica. Kafka 3.9 has no
        // share-group coordinator topic yet (share.coordinator.state.topic.* arrives in 4.x).
        server.setProperty("default.replication.factor", "1");
        server.setProperty("min.insync.replicas", "1");
        server.setProperty("offsets.topic.replication.factor", "1");
        server.setProperty("transaction.state.log.replication.factor", "1");
        server.setProperty("transaction.state.log.min.isr", "1");
        // Fewer internal partitions than the default 50 make the first consumer group and transaction quicker.
        server.setProperty("offsets.topic.num.partitions", "10");
        server.setProperty("transaction.state.log.num.partitions", "10");
        try (var writer = Files.newBufferedWriter(serverProperties())) {
            server.store(writer, "Written by " + KafkaServer.class.getName() + " on every start");
        }

        Files.writeString(directory.resolve("logback.xml"), """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <root level="WARN"><appender-ref ref="OUT"/></root>
                </configuration>
                """);
        Files.writeString(directory.resolve("log4j.properties"), """
                log4j.rootLogger=WARN, OUT
                log4j.appender.OUT=org.apache.log4j.ConsoleAppender
                log4j.appender.OUT.layout=org.apache.log4j.PatternLayout
                log4j.appender.OUT.layout.ConversionPattern=%d{HH:mm:ss.SSS} %-5p %c - %m%n
                """);
        Files.writeString(directory.resolve("log4j2.properties"), """
                rootLogger.level=WARN
                rootLogger.appenderRef.out.ref=OUT
                appender.out.type=Console
                appender.out.name=OUT
                appender.out.layout.type=PatternLayout
                appender.out.layout.pattern=%d{HH:mm:ss.SSS} %-5p %c - %m%n
                """);
    }

    private void formatStorage() {
        String clusterId = Uuid.randomUuid().toString();
        Path formatLog = directory.resolve("format.log");
        ChildProcess format = ChildProcess.start("kafka-format", javaCommand("kafka.tools.StorageTool",
                "format", "--ignore-formatted", "-t", clusterId, "-c", serverProperties().toString(),
                // The broker's own login must exist before it starts: KRaft reads SCRAM credentials from its log.
                "--add-scram", KafkaLayout.MECHANISM + "=[name=" + KafkaLayout.ADMIN + ",password=" + password(KafkaLayout.ADMIN) + "]"),
                directory, Map.of(), formatLog, true);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (format.isAlive() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (format.isAlive() || format.exitValue() != 0 || !Files.exists(dataDirectory().resolve(META_PROPERTIES))) {
            format.stop();
            throw new IllegalStateException("Formatting Kafka storage in " + dataDirectory() + " failed:\n" + format.logTail(20));
        }
        format.stop();
    }

    private List<String> javaCommand(String mainClass, String... args) {
        Path argumentFile = directory.resolve("java.args");
        try {
            // An argument file, because a test's classpath can exceed the kernel's limit for one argument.
            Files.writeString(argumentFile, "-cp \"" + classpath().replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                // Whichever logging backend the borrowed classpath holds, it logs warnings only.
                "-Dlogback.configurationFile=" + directory.resolve("logback.xml"),
                "-Dlog4j.configuration=" + directory.resolve("log4j.properties").toUri(),
                "-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS",
                "-Dkafka.logs.dir=" + directory.resolve("logs"),
                "@" + argumentFile,
                OrphanGuard.class.getName(), Long.toString(ProcessHandle.current().pid()),
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The broker borrows this JVM's classpath: the module depends on the Kafka server jar, so whoever can load
     * this class can also run the broker. Surefire may hide the real classpath behind a manifest-only jar and
     * exposes it in this property instead.
     */
    static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String classpath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        // The broker runs in its own directory, so entries relative to ours (java -cp infra/target/classes) must be made absolute.
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private void awaitReady(ChildProcess started) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        // A plain socket first: the admin client logs a warning for every refused connection.
        while (!accepts(port)) {
            checkAlive(started, deadline);
            pause();
        }
        try (Admin admin = Admin.create(adminConfig())) {
            while (true) {
                checkAlive(started, deadline);
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for Kafka on port " + port, e);
                } catch (Exception notYet) {
                    // Broker still starting up; checkAlive enforces the deadline.
                }
                pause();
            }
        }
    }

    /**
     * Gives every service principal its SCRAM credential and its grants, and creates the {@link KafkaLayout}
     * topics that do not exist yet. Idempotent: a restart finds most of it in place.
     */
    private void provision() {
        try (Admin admin = Admin.create(adminConfig())) {
            List<UserScramCredentialAlteration> credentials = new ArrayList<>();
            List<AclBinding> acls = new ArrayList<>();
            for (String service : KafkaLayout.services()) {
                credentials.add(new UserScramCredentialUpsertion(service,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password(service)));
                acls.addAll(KafkaLayout.acls(service));
            }
            admin.alterUserScramCredentials(credentials).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = KafkaLayout.topics().stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            awaitCredentials();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not provision the Samenspel principals, ACLs and topics on Kafka port " + port, e);
        }
    }

    /** Credentials reach the broker's SCRAM cache through its metadata log, a moment after the admin call returns. */
    private void awaitCredentials() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String probe = KafkaLayout.services().iterator().next();
        while (true) {
            try (Admin client = Admin.create(clientConfig(probe))) {
                client.describeCluster().nodes().get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(probe + " cannot log in to Kafka on port " + port, notYet);
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
    }

    /** The password of a principal on this broker: generated for its directory on first start, kept there. */
    public String password(String principal) {
        return credentials().password(principal);
    }

    private synchronized KafkaCredentials credentials() {
        if (credentials == null) {
            credentials = KafkaCredentials.loadOrCreate(directory, Files.exists(dataDirectory().resolve(META_PROPERTIES)));
        }
        return credentials;
    }

    /** Client settings that log in to this broker as {@code principal} (a service, or {@link KafkaLayout#ADMIN}). */
    public Map<String, Object> clientConfig(String principal) {
        Map<String, Object> config = new HashMap<>(KafkaLayout.clientConfig(bootstrapServers(), principal, password(principal)));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return config;
    }

    private Map<String, Object> adminConfig() {
        return clientConfig(KafkaLayout.ADMIN);
    }

    private void checkAlive(ChildProcess started, long deadline) {
        if (!started.isAlive()) {
            throw new IllegalStateException("Kafka on port " + port + " exited with code " + started.exitValue()
                    + " while starting. Last lines of " + started.logFile() + ":\n" + started.logTail(30));
        }
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Kafka on port " + port + " was not ready within " + READY_TIMEOUT.toSeconds()
                    + " s. Last lines of " + started.logFile() + ":\n" + started.logTail(30));
        }
        if (process != started) {
            throw new IllegalStateException("Kafka on port " + port + " was stopped while starting");
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }
}
