package nl.samenspel.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import nl.samenspel.shared.deadletter.ParkedLetters;
import nl.samenspel.shared.messaging.IntegrationEventPublisher;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service on real PostgreSQL and Kafka with real JWTs, metrics and tracing on as in production.
 * Every Spring test of a module extends this class (directly or through one module base class that
 * only adds helpers) and adds no configuration of its own, so the module builds one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
public abstract class ServiceIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    protected int port;

    /** The actuator's own port (a free one in tests): health, metrics, dead letters. */
    @LocalManagementPort
    protected int managementPort;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected EventProcessingConfiguration processing;

    @Autowired
    protected ParkedLetters parkedLetters;

    @BeforeEach
    void publisherHasClaimedItsSegment() {
        // stack.md gotcha 5: store events only once the outbox publisher is tracking the event store.
        await().atMost(Duration.ofSeconds(30)).until(() -> processing
                .eventProcessor(IntegrationEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(p -> p.isRunning() && !p.processingStatus().isEmpty())
                .orElse(true));
    }

    protected Api api() {
        return Api.at(port);
    }

    protected Api management() {
        return Api.at(managementPort);
    }

    protected static String bootstrapServers() {
        return TestInfrastructure.kafka().bootstrapServers();
    }

    /**
     * No event handler of the service failed on an event: a failure no longer stops a processor, it parks the
     * event (and its aggregate's later events) in the group's dead-letter queue, which this lists when not empty.
     */
    protected void assertNoParkedLetters() {
        List<String> parked = parkedLetters.groups().stream()
                .map(parkedLetters::describe)
                .filter(group -> group.parked() > 0)
                .flatMap(group -> group.letters().stream().map(letter -> group.group() + ": " + letter.eventType()
                        + " of " + letter.sequence() + " failed with " + letter.causeType()))
                .toList();
        assertThat(parked).as("events parked in dead-letter queues").isEmpty();
    }

    /** Rows in the service's event store: bad input must leave this unchanged. */
    protected long storedEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }
}
