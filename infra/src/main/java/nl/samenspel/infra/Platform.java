package nl.samenspel.infra;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole of Samenspel on one machine: PostgreSQL, Kafka and Keycloak as real servers, then the four services
 * from their jars, then the demo data. Used by {@link SamenspelRunner} and by end-to-end tests:
 *
 * <pre>{@code
 * try (Platform platform = Platform.start(PlatformConfig.forTests(repoRoot, tempDir))) {
 *     String caseService = platform.serviceUrl("case-service");
 *     String token = platform.tokens().forUser("coordinator.ggd", DemoData.PASSWORD);
 * }
 * }</pre>
 */
public final class Platform implements AutoCloseable {

    /** How far a service's management port is from its API port when ports are fixed: 8082 has 9082. */
    public static final int MANAGEMENT_PORT_OFFSET = 1000;

    public static final List<String> SERVICES = List.of("partner-service", "case-service", "consent-service", "reporting-service");

    private final PlatformConfig config;
    private final PrintStream out;
    private final PostgresServer postgres;
    private final KafkaServer kafka;
    private final KeycloakServer keycloak;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private volatile boolean closing;
    private volatile boolean started;
    private DemoData.Result demoData;

    /** Chooses free ports for those set to 0; starts nothing. */
    public Platform(PlatformConfig config) {
        this.config = config.withFreePortsResolved();
        this.out = this.config.out();
        Path home = this.config.home();
        Path logs = this.config.logDirectory();
        this.postgres = new PostgresServer(this.config.postgresPort(), home.resolve("postgres"))
                .withLogFile(logs.resolve("postgres.log")).withoutShutdownHook();
        this.kafka = new KafkaServer(this.config.kafkaPort(), this.config.kafkaControllerPort(), home.resolve("kafka"))
                .withLogFile(logs.resolve("kafka.log")).withoutShutdownHook();
        KeycloakServer keycloakServer = new KeycloakServer(this.config.keycloakDirectory(), this.config.keycloakPort())
                .withLogFile(logs.resolve("keycloak.log")).withoutShutdownHook();
        this.keycloak = this.config.freshKeycloakData() ? keycloakServer.withFreshData() : keycloakServer;
        if (this.config.startServices()) {
            Set<Integer> taken = new HashSet<>(this.config.portClaims().stream().map(Ports.Claim::port).toList());
            for (String name : SERVICES) {
                // The actuator has a port of its own (see ManagementSecurity): the API port's + 1000 when the ports
                // are fixed, as the README lists them, a free one when the API port was chosen free.
                int management = config.servicePort(name) == 0 ? Ports.freePortExcept(taken)
                        : this.config.servicePort(name) + MANAGEMENT_PORT_OFFSET;
                taken.add(management);
                services.put(name, new ServiceProcess(name, jar(name), this.config.servicePort(name), management, home,
                        () -> serviceEnvironment(name, management), logs.resolve(name + ".log"),
                        this.config.serviceStartTimeout()));
            }
        }
    }

    /** Starts everything and returns once it all answers; on failure stops what was started and throws. */
    public static Platform start(PlatformConfig config) {
        Platform platform = new Platform(config);
        try {
            return platform.start();
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /**
     * Starts everything. Throws {@link PortInUseException} before starting anything when a port is taken, and an
     * {@link IllegalStateException} whose message says what failed (with the end of its log) otherwise; what did
     * start is then stopped again.
     */
    public Platform start() {
        long begin = System.nanoTime();
        Ports.requireFree(config.portClaims());
        for (ServiceProcess service : services.values()) {
            Path jar = jar(service.name());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(config.repoRoot().relativize(jar) + " is missing: build the services first (./mvnw -DskipTests package).");
            }
        }
        prepareHome();
        try {
            startInParallel(List.of(task(this::startPostgres), task(this::startKafka), task(this::startKeycloak)));
            if (!services.isEmpty()) {
                services.values().forEach(ServiceProcess::launch);
                List<Callable<Void>> waits = new ArrayList<>();
                long launched = System.nanoTime();
                for (ServiceProcess service : services.values()) {
                    waits.add(() -> {
                        service.awaitHealthy();
                        step(service.name(), "ready on port " + service.port(), launched, service.residentKilobytes());
                        return null;
                    });
                }
                startInParallel(waits);
            }
            if (config.loadDemoData() && !services.isEmpty()) {
                loadDemoData();
            }
        } catch (RuntimeException e) {
            stopAll();
            throw closing ? new IllegalStateException("Stopped while starting", e) : e;
        }
        started = true;
        printSummary(begin);
        return this;
    }

    private void prepareHome() {
        Path home = config.home();
        if (config.wipe() && Files.exists(home)) {
            refuseToWipe(home);
            FileTrees.delete(home);
            out.println(line("Data", "wiped " + home));
        }
        boolean fresh = !Files.exists(home);
        try {
            Files.createDirectories(config.logDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + config.logDirectory(), e);
        }
        out.println(line("Data", (fresh ? "new in " : "kept in ") + home));
    }

    /** A wrong SAMENSPEL_HOME must not turn --wipe into deleting the repository or a home directory. */
    private void refuseToWipe(Path home) {
        Path userHome = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (home.getParent() == null || config.repoRoot().startsWith(home) || userHome.startsWith(home)
                || !Files.exists(home.resolve("logs")) && !Files.exists(home.resolve(DemoData.MARKER_FILE))) {
            throw new IllegalStateException("Refusing to wipe " + home + ": it does not look like a Samenspel data directory.");
        }
    }

    private void startPostgres() {
        long begin = System.nanoTime();
        postgres.start();
        int created = 0;
        for (String service : SERVICES) {
            if (postgres.ensureDatabase(database(service))) {
                created++;
            }
        }
        step("PostgreSQL", "ready on port " + postgres.port() + (created > 0 ? ", " + created + " databases created" : ""),
                begin, postgres.residentKilobytes());
    }

    private void startKafka() {
        long begin = System.nanoTime();
        kafka.start();
        step("Kafka", "ready on port " + kafka.port(), begin, kafka.residentKilobytes());
    }

    private void startKeycloak() {
        long begin = System.nanoTime();
        keycloak.start();
        step("Keycloak", "ready on port " + keycloak.port(), begin, keycloak.residentKilobytes());
    }

    private void loadDemoData() {
        long begin = System.nanoTime();
        demoData = new DemoData(tokens(), serviceUrl("partner-service"), serviceUrl("case-service")).loadOnce(config.home());
        step("Demo data", demoData.alreadyLoaded()
                ? "already loaded earlier (delete " + DemoData.MARKER_FILE + " to load again)"
                : "loaded: " + demoData.organisations() + " organisations, " + demoData.networks() + " networks, "
                        + demoData.people() + " people, " + demoData.agreements() + " volunteer agreements, "
                        + demoData.services() + " services, " + demoData.signals() + " signals, "
                        + demoData.cases() + " cases", begin, 0);
    }

    private static Callable<Void> task(Runnable runnable) {
        return () -> {
            runnable.run();
            return null;
        };
    }

    private void startInParallel(List<Callable<Void>> tasks) {
        ExecutorService executor = Executors.newFixedThreadPool(tasks.size(), runnable -> {
            Thread thread = new Thread(runnable, "samenspel-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                futures.add(executor.submit(task));
            }
            RuntimeException failure = null;
            for (Future<Void> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
                        // The others may wait minutes for something that no longer matters.
                        stopAll();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while starting", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            executor.shutdownNow();
        }
    }

    /** Stops everything in reverse dependency order: services, Keycloak, Kafka, PostgreSQL. Idempotent. */
    @Override
    public void close() {
        boolean wasRunning = started || postgres.isRunning() || kafka.isRunning() || keycloak.isRunning();
        closing = true;
        long begin = System.nanoTime();
        if (wasRunning) {
            out.println(line("Stopping", "services, Keycloak, Kafka, PostgreSQL"));
        }
        stopAll();
        if (wasRunning) {
            step("Stopped", "everything", begin, 0);
        }
    }

    private void stopAll() {
        List<Thread> stopping = new ArrayList<>();
        for (ServiceProcess service : services.values()) {
            Thread thread = new Thread(service::close, "stop-" + service.name());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        keycloak.close();
        kafka.close();
        postgres.close();
    }

    public boolean isClosing() {
        return closing;
    }

    public PlatformConfig config() {
        return config;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaServer kafka() {
        return kafka;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("No service " + name + " in this platform");
        }
        return service;
    }

    public String serviceUrl(String name) {
        return "http://localhost:" + config.servicePort(name);
    }

    public String jdbcUrl(String service) {
        return postgres.jdbcUrl(database(service));
    }

    public OidcTokens tokens() {
        return OidcTokens.of(keycloak);
    }

    /** What the demo-data step did, or null when it did not run. */
    public DemoData.Result demoData() {
        return demoData;
    }

    public static String database(String service) {
        return service.replace('-', '_');
    }

    private Path jar(String service) {
        return config.repoRoot().resolve(service).resolve("target").resolve(service + ".jar");
    }

    private Map<String, String> serviceEnvironment(String service, int managementPort) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", Integer.toString(config.servicePort(service)));
        environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort));
        environment.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + config.postgresPort() + "/" + database(service));
        environment.put("SPRING_DATASOURCE_USERNAME", PostgresServer.USER);
        environment.put("SPRING_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:" + config.kafkaPort());
        environment.put("SAMENSPEL_KAFKA_PASSWORD", kafka.password(service));
        environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
                "http://localhost:" + config.keycloakPort() + "/realms/" + KeycloakServer.REALM);
        if ("case-service".equals(service) && !config.serviceEnvironment().containsKey(VaultMasterKeyFile.ENVIRONMENT_VARIABLE)) {
            environment.put(VaultMasterKeyFile.ENVIRONMENT_VARIABLE, VaultMasterKeyFile.loadOrCreate(config.home()));
        }
        environment.putAll(config.serviceEnvironment());
        return environment;
    }

    private void step(String what, String text, long beginNanos, long residentKilobytes) {
        double seconds = (System.nanoTime() - beginNanos) / 1e9;
        String memory = residentKilobytes > 0 ? String.format(Locale.ROOT, ", %d MB RSS", residentKilobytes / 1024) : "";
        out.println(line(what, text + String.format(Locale.ROOT, " (%.1f s%s)", seconds, memory)));
    }

    private static String line(String what, String text) {
        return String.format(Locale.ROOT, "%-18s %s", what, text);
    }

    private void printSummary(long beginNanos) {
        StringBuilder summary = new StringBuilder(System.lineSeparator());
        for (ServiceProcess service : services.values()) {
            summary.append(row(service.name(), service.url() + "/swagger-ui.html"));
        }
        services.values().stream().findFirst().ifPresent(first -> summary.append(row("Health",
                first.managementUrl() + "/actuator/health  (management ports "
                        + String.join(", ", services.values().stream().map(s -> s.managementPort() + "").toList())
                        + "; metrics and dead letters need a platform-operator token)")));
        if (services.containsKey("reporting-service")) {
            summary.append(row("Signals report", serviceUrl("reporting-service") + "/reports/signals-per-network"));
            summary.append(row("Composition report", serviceUrl("reporting-service") + "/reports/network-composition"));
            summary.append(row("Casework report", serviceUrl("reporting-service") + "/reports/casework"));
        }
        if (services.containsKey("partner-service")) {
            summary.append(row("Social map", serviceUrl("partner-service") + "/social-map/services?need=LONELINESS"));
        }
        summary.append(row("Keycloak admin", keycloak.url() + "/admin  (" + KeycloakServer.ADMIN_USERNAME + " / " + KeycloakServer.ADMIN_PASSWORD + ")"));
        summary.append(row("Issuer", keycloak.issuerUri()));
        summary.append(row("Kafka bootstrap", kafka.bootstrapServers()));
        summary.append(row("PostgreSQL", postgres.jdbcUrl("<database>") + "  (user " + PostgresServer.USER + "; "
                + String.join(", ", SERVICES.stream().map(Platform::database).toList()) + ")"));
        summary.append(row("Logs", config.logDirectory().toString()));
        if (services.containsKey("case-service") && !config.serviceEnvironment().containsKey(VaultMasterKeyFile.ENVIRONMENT_VARIABLE)) {
            summary.append(row("Vault master key", config.home().resolve(VaultMasterKeyFile.FILE_NAME) + "  (generated for this data directory)"));
        }
        summary.append(System.lineSeparator())
                .append("  Demo logins (password \"").append(DemoData.PASSWORD).append("\"; people sign in through ").append(OidcTokens.CONSOLE_CLIENT)
                .append(" with code + PKCE, scripts use the password grant on ").append(OidcTokens.TEST_CLIENT).append("):")
                .append(System.lineSeparator());
        for (DemoData.Person person : DemoData.PEOPLE) {
            summary.append(String.format(Locale.ROOT, "    %-25s %-25s %s%n", person.username(), person.role(),
                    person.organisation() == null ? "(no organisation)" : person.organisation()));
        }
        summary.append("  Partner systems (client credentials at ").append(keycloak.tokenEndpoint()).append("):").append(System.lineSeparator());
        for (DemoData.PartnerClient client : DemoData.PARTNER_CLIENTS) {
            summary.append(String.format(Locale.ROOT, "    %-28s secret %-36s %s%n", client.clientId(), client.secret(), client.organisation()));
        }
        summary.append(System.lineSeparator()).append(String.format(Locale.ROOT, "Samenspel is running, started in %.1f s. Ctrl-C stops everything.",
                (System.nanoTime() - beginNanos) / 1e9));
        out.println(summary);
    }

    private static String row(String what, String text) {
        return String.format(Locale.ROOT, "  %-20s %s%n", what, text);
    }
}
