package nl.samenspel.e2e.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.samenspel.infra.DemoData;
import nl.samenspel.infra.OidcTokens;
import nl.samenspel.testsupport.Api;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The Docker path's infrastructure for real: the official PostgreSQL (with the compose init script), Kafka and
 * Keycloak (with the realm file) images that docker-compose.yml runs, and the four packaged service jars as local
 * processes pointed at them. Tokens come from Keycloak by password grant.
 *
 * <p>Needs a Docker engine and {@code ./mvnw -DskipTests package} first. Without Docker the whole class is skipped
 * ("No Docker environment is available"); {@code PlatformEndToEndIT} runs the same slice on the embedded servers.
 */
@Testcontainers(disabledWithoutDocker = true, parallel = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DockerPlatformIT {

    private static final Path ROOT = RepositoryRoot.locate();
    private static final Path WORK = ROOT.resolve("end-to-end-tests/target/docker-platform-it");
    private static final String REALM = "samenspel";
    private static final String NETWORK = "oggz-zuiderhaven";
    private static final List<String> SERVICES = List.of("partner-service", "case-service", "consent-service", "reporting-service");
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Container
    private static final PostgreSQLContainer<?> POSTGRES = withInitScripts(
            new PostgreSQLContainer<>(DockerImageName.parse(DockerImages.POSTGRES))
                    .withUsername("postgres").withPassword("postgres").withDatabaseName("postgres"));

    @Container
    private static final KafkaContainer KAFKA = new KafkaContainer(DockerImageName.parse(DockerImages.KAFKA));

    @Container
    private static final GenericContainer<?> KEYCLOAK = new GenericContainer<>(DockerImageName.parse(DockerImages.KEYCLOAK))
            .withCommand("start-dev", "--import-realm")
            .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
            .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
            .withEnv("KC_HEALTH_ENABLED", "true")
            .withCopyFileToContainer(MountableFile.forHostPath(ROOT.resolve("infra/src/main/resources/keycloak/samenspel-realm.json")),
                    "/opt/keycloak/data/import/samenspel-realm.json")
            .withExposedPorts(8080, 9000)
            .waitingFor(Wait.forHttp("/health/ready").forPort(9000).forStatusCode(200).withStartupTimeout(Duration.ofMinutes(4)));

    private static final Map<String, Process> processes = new LinkedHashMap<>();
    private static final Map<String, Integer> ports = new LinkedHashMap<>();
    private static final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private static String issuer;
    private static OidcTokens tokens;

    @BeforeAll
    static void startServices() throws IOException {
        // Keycloak without a fixed hostname takes the issuer from the request's URL. Tokens are fetched, and the
        // services check them, under the same mapped address, so `iss` matches as it does with KC_HOSTNAME in compose.
        String keycloak = "http://" + KEYCLOAK.getHost() + ":" + KEYCLOAK.getMappedPort(8080);
        issuer = keycloak + "/realms/" + REALM;
        tokens = new OidcTokens(issuer + "/protocol/openid-connect/token");
        Files.createDirectories(WORK);
        // Should the test JVM be ended before @AfterAll, the service processes must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.values().forEach(Process::destroyForcibly)));

        for (String service : SERVICES) {
            Path jar = ROOT.resolve(service).resolve("target").resolve(service + ".jar");
            assertThat(jar).as("build the services first: ./mvnw -DskipTests package").isRegularFile();
            int port = freePort();
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("SERVER_PORT", Integer.toString(port));
            int managementPort = freePort();
            environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort));
            managementPorts.put(service, managementPort);
            environment.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://" + POSTGRES.getHost() + ":"
                    + POSTGRES.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + service.replace('-', '_'));
            environment.put("SPRING_DATASOURCE_USERNAME", POSTGRES.getUsername());
            environment.put("SPRING_DATASOURCE_PASSWORD", POSTGRES.getPassword());
            environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", KAFKA.getBootstrapServers());
            // Tests only: case-service has no default master key.
            environment.put("SAMENSPEL_VAULT_MASTER_KEY", "dGVzdC1vbmx5IHZhdWx0IG1hc3RlciBrZXkgMzJieXQ=");
            environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuer);
            // Both, as in docker-compose.yml: keys from the JWK set URI, the issuer claim still checked.
            environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", issuer + "/protocol/openid-connect/certs");

            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-jar", jar.toString())
                    .directory(WORK.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log(service).toFile());
            builder.environment().putAll(environment);
            processes.put(service, builder.start());
            ports.put(service, port);
        }
        for (String service : SERVICES) {
            awaitHealthy(service);
        }
    }

    @AfterAll
    static void stopServices() throws InterruptedException {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void theInitScriptCreatedOneDatabasePerService() throws SQLException {
        List<String> databases = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(POSTGRES.getJdbcUrl(), POSTGRES.getUsername(), POSTGRES.getPassword());
                ResultSet rows = connection.createStatement().executeQuery("SELECT datname FROM pg_database")) {
            while (rows.next()) {
                databases.add(rows.getString(1));
            }
        }

        assertThat(databases).contains("partner_service", "case_service", "consent_service", "reporting_service");
    }

    @Test
    @Order(2)
    void keycloakIssuesTokensForTheIssuerTheServicesCheck() throws IOException {
        String token = tokens.forUser("volunteer.anna", DemoData.PASSWORD);
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));

        assertThat(claims.path("iss").asText()).isEqualTo(issuer);
    }

    @Test
    @Order(3)
    void aVolunteersSignalInANewNetworkReachesTheCoordinatorsReport() {
        String coordinator = tokens.forUser("coordinator.ggd", DemoData.PASSWORD);
        String volunteer = tokens.forUser("volunteer.anna", DemoData.PASSWORD);

        Api.Response registered = api("partner-service").as(coordinator).put("/networks/" + NETWORK, """
                {"name": "OGGZ-netwerk Zuiderhaven", "type": "OGGZ", "municipalityCode": "GM9901",
                 "coordinatorOrganisation": "ggd-zuiderhaven"}""");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        // case-service learns about the network from partner-service's events on Kafka: until then it answers
        // 400 with the field networkId.
        Api.Response raised = raiseSignalOnceTheNetworkIsKnown(volunteer, Duration.ofSeconds(30));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Api.Response report = api("reporting-service").as(coordinator).get("/reports/signals-per-network");
            assertThat(report.status()).as(report.toString()).isEqualTo(200);
            JsonNode row = rowFor(report.json(), NETWORK);
            assertThat(row).as(report.toString()).isNotNull();
            assertThat(row.path("signals").asLong()).as(report.toString()).isEqualTo(1);
        });
    }

    @Test
    @Order(4)
    void raisingASignalWithoutATokenIs401() {
        Api.Response response = api("case-service").post("/signals", signal());

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
    }

    @Test
    @Order(5)
    void aMunicipalAnalystMayNotRaiseSignals() {
        Api.Response response = api("case-service").as(tokens.forUser("analyst.gemeente", DemoData.PASSWORD)).post("/signals", signal());

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
    }

    /** case-service learns networks from Kafka; until it has, the network is an unknown field (400). */
    private static Api.Response raiseSignalOnceTheNetworkIsKnown(String token, Duration patience) {
        return Awaitility.await().atMost(patience).pollInterval(Duration.ofSeconds(1))
                .until(() -> api("case-service").as(token).post("/signals", signal()),
                        response -> !(response.status() == 400
                                && response.json().path("errors").findValuesAsText("field").contains("networkId")));
    }

    private static String signal() {
        return """
                {"networkId": "%s", "signallerRole": "VOLUNTEER",
                 "concern": "Buurvrouw komt al weken de deur niet uit en de post stapelt zich op.", "anonymous": true}"""
                .formatted(NETWORK);
    }

    private static JsonNode rowFor(JsonNode report, String networkId) {
        for (JsonNode row : report) {
            if (networkId.equals(row.path("networkId").asText())) {
                return row;
            }
        }
        return null;
    }

    private static Api api(String service) {
        return Api.at(ports.get(service));
    }

    private static void awaitHealthy(String service) throws IOException {
        Process process = processes.get(service);
        try {
            Awaitility.await().atMost(SERVICE_START_TIMEOUT).pollInterval(Duration.ofMillis(500))
                    .ignoreException(IllegalStateException.class)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new AssertionError(service + " exited with " + process.exitValue() + " while starting");
                        }
                        Api.Response health = Api.at(managementPorts.get(service)).get("/actuator/health");
                        return health.status() == 200 && "UP".equals(health.json().path("status").asText());
                    });
        } catch (AssertionError | ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + ":\n" + logTail(service), e);
        }
    }

    private static Path log(String service) {
        return WORK.resolve(service + ".log");
    }

    private static String logTail(String service) throws IOException {
        List<String> lines = Files.readAllLines(log(service), StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Copies infra/docker/postgres/*.sql where the image runs them on first start, as docker-compose.yml mounts them. */
    private static PostgreSQLContainer<?> withInitScripts(PostgreSQLContainer<?> container) {
        try (Stream<Path> scripts = Files.list(ROOT.resolve("infra/docker/postgres"))) {
            scripts.filter(script -> script.toString().endsWith(".sql")).sorted().forEach(script -> container.withCopyFileToContainer(
                    MountableFile.forHostPath(script), "/docker-entrypoint-initdb.d/" + script.getFileName()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list infra/docker/postgres", e);
        }
        return container;
    }
}
