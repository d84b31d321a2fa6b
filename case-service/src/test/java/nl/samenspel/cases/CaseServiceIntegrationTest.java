package nl.samenspel.cases;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.TestInfrastructure;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * case-service on real PostgreSQL and Kafka with real JWTs, with tracing and metrics on as in production. Every subclass shares this one
 * configuration, so Spring builds a single context for the module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
public abstract class CaseServiceIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected EventProcessingConfiguration processing;

    @BeforeEach
    void publisherIsRunning() {
        // Gotcha 5 in stack.md: send commands only once the publisher has claimed its segment.
        await().atMost(Duration.ofSeconds(30)).until(() -> processing
                .eventProcessor("integration-publisher", StreamingEventProcessor.class)
                .map(p -> p.isRunning() && !p.processingStatus().isEmpty()).orElse(false));
    }

    protected Api api() {
        return Api.at(port);
    }

    protected static String bootstrapServers() {
        return TestInfrastructure.kafka().bootstrapServers();
    }

    /** Registers a network the way partner-service announces it, and waits until case-service knows it. */
    protected String knownNetwork() {
        String networkId = "oggz-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, new NetworkRegisteredV1(networkId,
                "OGGZ-netwerk test", NetworkType.OGGZ, "GM9901", "ggd-zuiderhaven", Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from known_network where network_id = ?)", Boolean.class, networkId)));
        return networkId;
    }

    protected long storedEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    protected static String signalJson(String networkId, String role, String concern, boolean anonymous) {
        return """
                {"networkId": "%s", "signallerRole": "%s", "concern": "%s", "anonymous": %s}"""
                .formatted(networkId, role, concern, anonymous);
    }
}
