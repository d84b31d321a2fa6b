package nl.samenspel.reporting.signals;

import nl.samenspel.testsupport.ServiceIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.samenspel.contracts.Formality;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.cases.SignalRaisedV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.shared.messaging.MalformedIntegrationEvent;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignalsReportIntegrationTest extends ServiceIntegrationTest {

    private static final String DEAD_LETTERS = Topics.CASE_EVENTS + "-dlt";
    private static final Map<String, Integer> PARTITIONS = new ConcurrentHashMap<>();

    private static String coordinator() {
        return TestInfrastructure.token("coordinator-fatima", "ggd-zuiderhaven", Roles.NETWORK_COORDINATOR);
    }

    private static String analyst() {
        return TestInfrastructure.token("analist-joost", "gemeente-zuiderhaven", Roles.MUNICIPALITY_ANALYST);
    }

    @Test
    void aCoordinatorSeesExactCountsWithARedeliveredSignalCountedOnce() {
        String networkId = registeredNetwork("OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ);
        // All on one partition, so the last signal being counted means everything before it was consumed.
        SignalRaisedV1 redelivered = signal(networkId, SignallerRole.PROFESSIONAL, null);
        String redeliveredId = publish(redelivered);
        publish(signal(networkId, SignallerRole.PROFESSIONAL, redelivered.signalId()));
        publish(signal(networkId, SignallerRole.PROFESSIONAL, redelivered.signalId()));
        KafkaTopics.publish(bootstrapServers(), Topics.CASE_EVENTS, redelivered, redeliveredId);
        publish(signal(networkId, SignallerRole.NEIGHBOUR, redelivered.signalId()));

        JsonNode row = await().atMost(Duration.ofSeconds(60)).until(() -> row(coordinator(), networkId),
                r -> r.isPresent() && r.get().get("informalSignals").asLong() == 1 && r.get().hasNonNull("networkName"))
                .orElseThrow();

        assertThat(row.get("signals").asLong()).isEqualTo(4);
        assertThat(row.get("formalSignals").asLong()).isEqualTo(3);
        assertThat(row.get("informalSignals").asLong()).isEqualTo(1);
        assertThat(row.get("networkId").asText()).isEqualTo(networkId);
        assertThat(row.get("networkName").asText()).isEqualTo("OGGZ-netwerk Zuiderhaven");
        assertThat(row.get("municipalityCode").asText()).isEqualTo("GM9901");
        assertThat(row.get("suppressed").asBoolean()).isFalse();
    }

    @Test
    void aMunicipalityAnalystSeesCountsBelowFiveSuppressed() {
        String quiet = registeredNetwork("Wijknetwerk Stil", NetworkType.NEIGHBOURHOOD);
        String small = registeredNetwork("Wijknetwerk Klein", NetworkType.NEIGHBOURHOOD);
        String atThreshold = registeredNetwork("Wijknetwerk Drempel", NetworkType.NEIGHBOURHOOD);
        String mixed = registeredNetwork("OGGZ-netwerk Gemengd", NetworkType.OGGZ);
        publishSignals(small, 4, 0);
        publishSignals(atThreshold, 5, 0);
        publishSignals(mixed, 4, 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<JsonNode> report = report(coordinator());
            return signals(report, small) == 4 && signals(report, atThreshold) == 5 && signals(report, mixed) == 5
                    && Stream.of(quiet, small, atThreshold, mixed).allMatch(n -> described(report, n));
        });

        List<JsonNode> report = report(analyst());

        JsonNode smallRow = find(report, small).orElseThrow();
        assertThat(smallRow.get("signals").isNull()).as(smallRow.toString()).isTrue();
        assertThat(smallRow.get("formalSignals").isNull()).isTrue();
        assertThat(smallRow.get("informalSignals").isNull()).isTrue();
        assertThat(smallRow.get("suppressed").asBoolean()).isTrue();
        assertThat(smallRow.get("networkName").asText()).isEqualTo("Wijknetwerk Klein");

        JsonNode thresholdRow = find(report, atThreshold).orElseThrow();
        assertThat(thresholdRow.get("signals").asLong()).as(thresholdRow.toString()).isEqualTo(5);
        assertThat(thresholdRow.get("formalSignals").asLong()).isEqualTo(5);
        assertThat(thresholdRow.get("informalSignals").asLong()).isEqualTo(0);
        assertThat(thresholdRow.get("suppressed").asBoolean()).isFalse();

        // The total is shown, but the single informal signal must not be, nor the formal count it follows from.
        JsonNode mixedRow = find(report, mixed).orElseThrow();
        assertThat(mixedRow.get("signals").asLong()).as(mixedRow.toString()).isEqualTo(5);
        assertThat(mixedRow.get("formalSignals").isNull()).isTrue();
        assertThat(mixedRow.get("informalSignals").isNull()).isTrue();
        assertThat(mixedRow.get("suppressed").asBoolean()).isTrue();

        JsonNode quietRow = find(report, quiet).orElseThrow();
        assertThat(quietRow.get("signals").asLong()).as(quietRow.toString()).isZero();
        assertThat(quietRow.get("suppressed").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.VOLUNTEER, Roles.PROFESSIONAL, Roles.PRIVACY_OFFICER, Roles.PARTNER_SYSTEM})
    void rolesWithoutAccountabilityDutiesMayNotSeeReports(String role) {
        Api.Response response = api().as(TestInfrastructure.token("someone", "vrijwilligers-zuiderhaven", role))
                .get("/reports/signals-per-network");

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(403);
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        Api.Response response = api().get("/reports/signals-per-network");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        Api.Response response = api().as(TestInfrastructure.tokenForOtherAudience("coordinator-fatima",
                "ggd-zuiderhaven", Roles.NETWORK_COORDINATOR)).get("/reports/signals-per-network");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void aRecordThatIsNotACloudEventIsDeadLetteredAndDoesNotBlockLaterEvents() {
        String networkId = registeredNetwork("Wijknetwerk Dead Letter", NetworkType.NEIGHBOURHOOD);
        SignalRaisedV1 valid = signal(networkId, SignallerRole.VOLUNTEER, null);
        byte[] garbage = ("not a cloud event " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        // Same key, so the valid event sits behind the garbage on the same partition.
        KafkaTopics.publishRaw(bootstrapServers(), Topics.CASE_EVENTS, valid.signalId(), garbage);
        publish(valid);

        await().atMost(Duration.ofSeconds(60)).until(() -> signals(report(coordinator()), networkId) == 1);
        ConsumerRecord<String, byte[]> parked = deadLetter(valid.signalId());
        assertThat(parked.value()).isEqualTo(garbage);
        assertThat(KafkaTopics.header(parked, "kafka_dlt-exception-cause-fqcn")).isEqualTo(MalformedIntegrationEvent.class.getName());
        assertThat(KafkaTopics.header(parked, "kafka_dlt-original-topic")).isEqualTo(Topics.CASE_EVENTS);
    }

    @Test
    void aSignalThatBreaksItsSchemaIsDeadLetteredAndDoesNotBlockLaterEvents() {
        String networkId = registeredNetwork("Wijknetwerk Dead Letter", NetworkType.NEIGHBOURHOOD);
        SignalRaisedV1 withoutNetwork = new SignalRaisedV1(UUID.randomUUID().toString(), null,
                SignallerRole.NEIGHBOUR, Formality.INFORMAL, false, Instant.now());
        publish(withoutNetwork);
        publish(signal(networkId, SignallerRole.NEIGHBOUR, withoutNetwork.signalId()));

        await().atMost(Duration.ofSeconds(60)).until(() -> signals(report(coordinator()), networkId) == 1);
        ConsumerRecord<String, byte[]> parked = deadLetter(withoutNetwork.signalId());
        assertThat(KafkaTopics.header(parked, "ce_type")).isEqualTo("nl.samenspel.case.signal-raised");
        assertThat(KafkaTopics.header(parked, "kafka_dlt-exception-cause-fqcn")).isEqualTo(MalformedIntegrationEvent.class.getName());
    }

    @Test
    void aCoordinatorSeesOtherOrganisationsNetworksWithSmallCountsSuppressed() {
        String networkId = registeredNetwork("OGGZ-netwerk elders", NetworkType.OGGZ);
        publish(signal(networkId, SignallerRole.PROFESSIONAL, null));
        await().atMost(Duration.ofSeconds(60)).until(() -> signals(report(coordinator()), networkId) == 1);

        String otherCoordinator = TestInfrastructure.token("coordinator-other", "welzijn-zuiderhaven",
                Roles.NETWORK_COORDINATOR);
        JsonNode seenByOther = report(otherCoordinator).stream()
                .filter(row -> networkId.equals(row.get("networkId").asText())).findFirst().orElseThrow();

        assertThat(seenByOther.get("suppressed").asBoolean()).isTrue();
        assertThat(seenByOther.get("signals").isNull()).isTrue();
    }

    // --- helpers ---

    private static String registeredNetwork(String name, NetworkType type) {
        String networkId = (type == NetworkType.OGGZ ? "oggz-" : "wijknetwerk-") + UUID.randomUUID().toString().substring(0, 8);
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, new NetworkRegisteredV1(networkId, name, type,
                "GM9901", "ggd-zuiderhaven", Instant.now()));
        return networkId;
    }

    /** A signal in {@code networkId}; with {@code samePartitionAs} set, keyed onto that key's partition. */
    private static SignalRaisedV1 signal(String networkId, SignallerRole role, String samePartitionAs) {
        String signalId = UUID.randomUUID().toString();
        if (samePartitionAs != null) {
            int partitions = partitions(Topics.CASE_EVENTS);
            while (partition(signalId, partitions) != partition(samePartitionAs, partitions)) {
                signalId = UUID.randomUUID().toString();
            }
        }
        return new SignalRaisedV1(signalId, networkId, role, role.formality(), false, Instant.now());
    }

    private static String publish(SignalRaisedV1 signal) {
        return KafkaTopics.publish(bootstrapServers(), Topics.CASE_EVENTS, signal);
    }

    private static void publishSignals(String networkId, int formal, int informal) {
        for (int i = 0; i < formal; i++) {
            publish(signal(networkId, SignallerRole.PROFESSIONAL, null));
        }
        for (int i = 0; i < informal; i++) {
            publish(signal(networkId, SignallerRole.FAMILY_CARER, null));
        }
    }

    /** Kafka's default partitioner for a String key. */
    private static int partition(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static int partitions(String topic) {
        return PARTITIONS.computeIfAbsent(topic, t -> {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(KafkaTopics.clientConfig(bootstrapServers()),
                    new StringDeserializer(), new ByteArrayDeserializer())) {
                return consumer.partitionsFor(t, Duration.ofSeconds(30)).size();
            }
        });
    }

    private List<JsonNode> report(String token) {
        Api.Response response = api().as(token).get("/reports/signals-per-network");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).toList();
    }

    private Optional<JsonNode> row(String token, String networkId) {
        return find(report(token), networkId);
    }

    private static Optional<JsonNode> find(List<JsonNode> report, String networkId) {
        return report.stream().filter(r -> networkId.equals(r.get("networkId").asText())).findFirst();
    }

    private static boolean described(List<JsonNode> report, String networkId) {
        return find(report, networkId).map(r -> r.hasNonNull("networkName")).orElse(false);
    }

    private static long signals(List<JsonNode> report, String networkId) {
        return find(report, networkId).map(r -> r.get("signals").asLong()).orElse(0L);
    }

    private static ConsumerRecord<String, byte[]> deadLetter(String key) {
        return KafkaTopics.readUntil(bootstrapServers(), DEAD_LETTERS, Duration.ofSeconds(30),
                        records -> records.stream().anyMatch(r -> key.equals(r.key())))
                .stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }

}
