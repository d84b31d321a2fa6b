package nl.samenspel.cases.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.samenspel.cases.CaseServiceIntegrationTest;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.partners.CovenantSignedV1;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.partnerfacts.access.PartyAccess;
import nl.samenspel.partnerfacts.access.Recipient;
import nl.samenspel.partnerfacts.access.Refusal;
import nl.samenspel.shared.messaging.DeadLetters;
import nl.samenspel.shared.messaging.ForeignIntegrationEvent;
import nl.samenspel.shared.messaging.HaltedPartitions;
import nl.samenspel.shared.messaging.MalformedIntegrationEvent;
import nl.samenspel.shared.messaging.UnreadableAccessFact;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;

/**
 * What case-service does with partner facts it must not apply, on the real broker: a record that is not a fact is
 * parked on the dead-letter topic and counted, a fact that partner-service did not publish is refused, and the
 * consumer goes on with the next record either way; but a fact that decides access in a version case-service cannot
 * read stops its partition and alerts.
 */
class PartnerFactsIntakeIntegrationTest extends CaseServiceIntegrationTest {

    private static final String DEAD_LETTERS = Topics.deadLetters(Topics.PARTNER_EVENTS);

    @Autowired
    private PartyAccess access;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private HaltedPartitions halted;

    @Autowired
    private HealthEndpoint health;

    @Test
    void aRecordThatIsNotAFactIsDeadLetteredAndCountedAndTheNextFactIsApplied() {
        NetworkId network = new NetworkId(knownNetwork());
        String organisation = "ggz-" + UUID.randomUUID().toString().substring(0, 8);
        double parkedBefore = parked("malformed");
        byte[] garbage = ("not a cloud event " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        // Same key as the network's facts: the valid fact sits behind the garbage on one partition.
        KafkaTopics.publishRaw(bootstrapServers(), Topics.PARTNER_EVENTS, network.value(), garbage);
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS,
                new MemberJoinedV1(network.value(), organisation, Ring.CORE, Instant.now()));

        awaitDecision(decisionFor(network, organisation), Optional.of(Refusal.NO_COVENANT));
        ConsumerRecord<String, byte[]> deadLetter = deadLetter(r -> Arrays.equals(r.value(), garbage));
        assertThat(KafkaTopics.header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.PARTNER_EVENTS);
        assertThat(KafkaTopics.header(deadLetter, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo(MalformedIntegrationEvent.class.getName());
        await().atMost(Duration.ofSeconds(30)).until(() -> parked("malformed") == parkedBefore + 1);
    }

    @Test
    void aCovenantSignedThatPartnerServiceDidNotPublishLeavesTheCovenantClosed() {
        NetworkId network = new NetworkId(knownNetwork());
        String organisation = coreMemberWithoutCovenant(network);
        String laterMember = "wmo-" + UUID.randomUUID().toString().substring(0, 8);
        double refusedBefore = parked("foreign-source");

        // What a forger with broker access writes: a covenant dated 2099, claiming to come from case-service.
        String forgedId = KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS,
                new CovenantSignedV1(network.value(), organisation, UUID.randomUUID().toString(), SignatoryLevel.BOARD,
                        Instant.parse("2099-01-01T00:00:00Z")),
                UUID.randomUUID().toString(), Topics.source("case-service"), 1);
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS,
                new MemberJoinedV1(network.value(), laterMember, Ring.CORE, Instant.now()));

        awaitDecision(decisionFor(network, laterMember), Optional.of(Refusal.NO_COVENANT));
        assertThat(decisionFor(network, organisation).get()).contains(Refusal.NO_COVENANT);
        ConsumerRecord<String, byte[]> deadLetter = deadLetter(r -> forgedId.equals(KafkaTopics.header(r, "ce_id")));
        assertThat(KafkaTopics.header(deadLetter, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo(ForeignIntegrationEvent.class.getName());
        await().atMost(Duration.ofSeconds(30)).until(() -> parked("foreign-source") == refusedBefore + 1);
    }

    @Test
    void aCovenantSignedOfAnUnknownVersionStopsItsPartitionAndAlertsUntilAnOperatorParksIt() {
        // partner-service ahead of case-service: a version 2 that this case-service cannot read.
        stopsItsPartitionUntilParked(2, UUID.randomUUID().toString(), "schema version 2");
    }

    @Test
    void aCovenantSignedWhoseDataBreaksItsSchemaStopsItsPartitionAndAlertsUntilAnOperatorParksIt() {
        stopsItsPartitionUntilParked(1, "not-a-person-id", "breaks its schema");
    }

    private void stopsItsPartitionUntilParked(int schemaVersion, String signatoryId, String reported) {
        NetworkId network = new NetworkId(knownNetwork());
        String organisation = coreMemberWithoutCovenant(network);
        String laterMember = "wmo-" + UUID.randomUUID().toString().substring(0, 8);
        double parkedBefore = parked("unreadable-access-fact");

        String newerId = KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS,
                new CovenantSignedV1(network.value(), organisation, signatoryId, SignatoryLevel.BOARD, Instant.now()),
                UUID.randomUUID().toString(), Topics.source("partner-service"), schemaVersion);
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS,
                new MemberJoinedV1(network.value(), laterMember, Ring.CORE, Instant.now()));
        TopicPartition partition = await().atMost(Duration.ofSeconds(60))
                .until(() -> halted.all().keySet().stream().findFirst(), Optional::isPresent).orElseThrow();
        try {
            assertThat(halted.halt(partition).orElseThrow().what())
                    .contains("nl.samenspel.partner.covenant-signed").contains(reported)
                    .doesNotContain(organisation);
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(meters.find(HaltedPartitions.METRIC).gauge().value()).isEqualTo(1.0);
            // Stopped, not skipped: the membership behind the fact waits.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> decisionFor(network, laterMember).get().equals(Optional.of(Refusal.NOT_A_MEMBER)));
            assertThat(decisionFor(network, organisation).get()).contains(Refusal.NO_COVENANT);

            // The operator's view and way on, on the management port; nobody else's.
            String path = "/actuator/haltedpartitions";
            String operator = TestInfrastructure.token("operator", null, Roles.PLATFORM_OPERATOR);
            assertThat(management().as(TestInfrastructure.token("coordinator", "ggd-zuiderhaven",
                    Roles.NETWORK_COORDINATOR)).post(path + "/" + partition, "{}").status()).isEqualTo(403);
            Api.Response listed = management().as(operator).get(path);
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.json().at("/halted/0/partition").asText()).isEqualTo(partition.toString());
            assertThat(listed.json().at("/halted/0/what").asText()).contains(reported);
            assertThat(listed.body()).doesNotContain(organisation);
            Api.Response notHalted = management().as(operator).post(path + "/" + Topics.CASE_EVENTS + "-0", "{}");
            assertThat(notHalted.status()).isEqualTo(404);
            assertThat(notHalted.isProblem()).as(notHalted.toString()).isTrue();
            assertThat(management().as(operator).post(path + "/no-number", "{}").status()).isEqualTo(400);
            Api.Response parkedNow = management().as(operator).post(path + "/" + partition, "{}");
            assertThat(parkedNow.status()).as(parkedNow.toString()).isEqualTo(200);
        } finally {
            // Should an assertion above fail, later tests still find the partition going.
            halted.all().keySet().forEach(halted::parkAndResume);
        }

        awaitDecision(decisionFor(network, laterMember), Optional.of(Refusal.NO_COVENANT));
        assertThat(decisionFor(network, organisation).get()).contains(Refusal.NO_COVENANT);
        assertThat(halted.health().getStatus()).isEqualTo(Status.UP);
        assertThat(meters.find(HaltedPartitions.METRIC).gauge().value()).isZero();
        ConsumerRecord<String, byte[]> deadLetter = deadLetter(r -> newerId.equals(KafkaTopics.header(r, "ce_id")));
        assertThat(KafkaTopics.header(deadLetter, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo(UnreadableAccessFact.class.getName());
        await().atMost(Duration.ofSeconds(30)).until(() -> parked("unreadable-access-fact") == parkedBefore + 1);
    }

    /** A new core member of {@code network}, known to case-service, refused for want of a covenant (R3). */
    private String coreMemberWithoutCovenant(NetworkId network) {
        String organisation = "ggz-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS,
                new MemberJoinedV1(network.value(), organisation, Ring.CORE, Instant.now()));
        awaitDecision(decisionFor(network, organisation), Optional.of(Refusal.NO_COVENANT));
        return organisation;
    }

    private Supplier<Optional<Refusal>> decisionFor(NetworkId network, String organisation) {
        return () -> access.decide(network, Recipient.organisation(new OrganisationId(organisation))).refusal();
    }

    private static void awaitDecision(Supplier<Optional<Refusal>> decision, Optional<Refusal> expected) {
        await().atMost(Duration.ofSeconds(60)).until(decision::get, expected::equals);
    }

    private double parked(String reason) {
        Counter counter = meters.find(DeadLetters.METRIC).tags("topic", Topics.PARTNER_EVENTS, "reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static ConsumerRecord<String, byte[]> deadLetter(Predicate<ConsumerRecord<String, byte[]>> which) {
        return KafkaTopics.readUntil(bootstrapServers(), DEAD_LETTERS, Duration.ofSeconds(60),
                        read -> read.stream().anyMatch(which))
                .stream().filter(which).findFirst().orElseThrow();
    }
}
