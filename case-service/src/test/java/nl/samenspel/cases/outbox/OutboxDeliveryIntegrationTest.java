package nl.samenspel.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.cases.CaseServiceIntegrationTest;
import nl.samenspel.contracts.Topics;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The event store is the outbox: an event acknowledged to the caller reaches Kafka even if Kafka
 * or the publisher was not there when it was stored. (A crash of the whole process is covered by
 * {@link PublisherCrashRecoveryTest}, which needs a process of its own to kill.)
 */
class OutboxDeliveryIntegrationTest extends CaseServiceIntegrationTest {

    private String network;

    @BeforeEach
    void network() {
        network = knownNetwork();
    }

    @Test
    void signalsAcceptedWhileKafkaIsDownArePublishedOnceItIsBack() {
        TestInfrastructure.kafka().stop();
        List<String> accepted = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                accepted.add(raiseSignal());
            }
        } finally {
            TestInfrastructure.kafka().start();
        }

        assertThat(accepted).hasSize(3);
        assertThat(publishedSubjects(accepted, Duration.ofSeconds(150))).containsAll(accepted);
    }

    @Test
    void signalsStoredBeforeThePublisherRunsArePublishedWhenItStarts() {
        StreamingEventProcessor publisher = processing
                .eventProcessor("integration-publisher", StreamingEventProcessor.class).orElseThrow();
        publisher.shutDown();
        List<String> accepted = new ArrayList<>();
        try {
            accepted.add(raiseSignal());
            accepted.add(raiseSignal());
            assertThat(publisher.isRunning()).isFalse();
        } finally {
            publisher.start();
        }

        assertThat(publishedSubjects(accepted, Duration.ofSeconds(60))).containsAll(accepted);
    }

    private String raiseSignal() {
        Api.Response response = api().as(TestInfrastructure.token("prof-1", "wijkteam-zuiderhaven", Roles.PROFESSIONAL))
                .post("/signals", signalJson(network, "PROFESSIONAL", "Zorgen om een gezin.", false));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("signalId").asText();
    }

    private static Set<String> publishedSubjects(List<String> expected, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records = KafkaTopics.readUntil(bootstrapServers(), Topics.CASE_EVENTS,
                timeout, read -> read.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(expected));
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }
}
