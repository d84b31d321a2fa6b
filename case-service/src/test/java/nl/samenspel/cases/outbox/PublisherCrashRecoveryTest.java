package nl.samenspel.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.samenspel.cases.CaseServiceApplication;
import nl.samenspel.contracts.Topics;
import nl.samenspel.infra.PostgresServer;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Signals acknowledged to callers survive a hard crash of case-service (SIGKILL, no shutdown
 * hooks) that happens before they reached Kafka: the next instance publishes them from the event
 * store. case-service runs as a real child process on its own database, so nothing in this JVM
 * can publish on its behalf.
 */
class PublisherCrashRecoveryTest {

    private static final String DATABASE = "crash_recovery";

    @Test
    void signalsStoredBeforeACrashArePublishedByTheNextInstance() throws Exception {
        PostgresServer postgres = TestInfrastructure.postgres();
        postgres.ensureDatabase(DATABASE);
        String token = TestInfrastructure.token("prof-2", "ggz-delta", Roles.PROFESSIONAL);
        List<String> accepted = new ArrayList<>();

        int firstPort = freePort();
        Process first = start(firstPort, "first");
        try {
            awaitHealthy(firstPort);
            knowNetwork(postgres, "oggz-crash");
            TestInfrastructure.kafka().stop();
            for (int i = 0; i < 4; i++) {
                Api.Response response = Api.at(firstPort).as(token).post("/signals", """
                        {"networkId": "oggz-crash", "signallerRole": "PROFESSIONAL", "concern": "Zorgen.", "anonymous": false}""");
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                accepted.add(response.json().get("signalId").asText());
            }
        } finally {
            first.destroyForcibly().waitFor();
            TestInfrastructure.kafka().start();
        }

        int secondPort = freePort();
        Process second = start(secondPort, "second");
        try {
            List<ConsumerRecord<String, byte[]>> records = KafkaTopics.readUntil(
                    TestInfrastructure.kafka().bootstrapServers(), Topics.CASE_EVENTS, Duration.ofSeconds(150),
                    read -> read.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(accepted));
            assertThat(records.stream().map(ConsumerRecord::key)).containsAll(accepted);
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private static Process start(int port, String name) throws IOException {
        Path log = Path.of("target", "crash-recovery-" + name + ".log");
        Files.createDirectories(log.getParent());
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", classpath, CaseServiceApplication.class.getName(),
                "--server.port=" + port,
                // The actuator beside the API on the one free port: this test only waits for health.
                "--management.server.port=" + port,
                "--spring.datasource.url=" + TestInfrastructure.postgres().jdbcUrl(DATABASE),
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri="
                        + TestInfrastructure.oauth().issuerUrl(TestInfrastructure.ISSUER_ID),
                // Only the publisher matters here; consumers would join the in-JVM context's groups.
                "--spring.kafka.listener.auto-startup=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The broker's passwords are generated per run; the service logs in as its own principal, as deployed.
        builder.environment().put("SAMENSPEL_KAFKA_PASSWORD", TestInfrastructure.kafka().password("case-service"));
        return builder.start();
    }

    private static void awaitHealthy(int port) {
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                .until(() -> Api.at(port).get("/actuator/health").body().contains("\"UP\""));
    }

    private static void knowNetwork(PostgresServer postgres, String networkId) throws Exception {
        try (Connection connection = postgres.connect(DATABASE);
             PreparedStatement insert = connection.prepareStatement("""
                     insert into partner_network (network_id, network_type, municipality_code, registered_at)
                     values (?, 'OGGZ', 'GM9901', now()) on conflict do nothing""")) {
            insert.setString(1, networkId);
            insert.executeUpdate();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
