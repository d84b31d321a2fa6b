package nl.samenspel.shared.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.samenspel.contracts.Formality;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.cases.SignalRaisedV1;
import nl.samenspel.contracts.partners.PersonRegisteredV1;
import nl.samenspel.shared.axon.ActorMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

class IntegrationEventReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String SIGNAL_RAISED = "nl.samenspel.case.signal-raised";

    private final IntegrationEventReader reader = new IntegrationEventReader(JSON);
    private final CloudEventMapper mapper = new CloudEventMapper(JSON, "/samenspel/case-service");

    @Test
    void readsBackWhatThePublisherWrites() {
        SignalRaisedV1 event = new SignalRaisedV1(UUID.randomUUID().toString(), "oggz-zuiderhaven",
                SignallerRole.NEIGHBOUR, Formality.INFORMAL, true, Instant.parse("2026-11-24T09:00:00Z"));
        var stored = GenericEventMessage.asEventMessage(event)
                .andMetaData(Map.of(ActorMetadata.ACTOR, "user-1", ActorMetadata.ORGANISATION, "ggd-zuiderhaven"));

        IntegrationEventEnvelope envelope = reader.read(consumed(mapper.toRecord(Topics.CASE_EVENTS, stored, event))).orElseThrow();

        assertThat(envelope.payload()).isEqualTo(event);
        assertThat(envelope.id()).isEqualTo(stored.getIdentifier());
        assertThat(envelope.type()).isEqualTo(SIGNAL_RAISED);
        assertThat(envelope.subject()).isEqualTo(event.signalId());
        assertThat(envelope.actor()).contains("user-1");
        assertThat(envelope.actorOrganisation()).contains("ggd-zuiderhaven");
    }

    @Test
    void writesNullFieldsThatTheSchemasRequireEvenWhenTheApplicationMapperLeavesNullsOut() {
        ObjectMapper withoutNulls = JSON.copy().setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT);
        PersonRegisteredV1 familyCarer = new PersonRegisteredV1(UUID.randomUUID().toString(), PersonKind.FAMILY_CARER,
                null, Instant.parse("2026-11-24T09:00:00Z"));

        ProducerRecord<String, byte[]> record = new CloudEventMapper(withoutNulls, "/samenspel/partner-service")
                .toRecord(Topics.PARTNER_EVENTS, GenericEventMessage.asEventMessage(familyCarer), familyCarer);

        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"organisationId\":null");
        assertThat(reader.read(consumed(record)).orElseThrow().payload()).isEqualTo(familyCarer);
    }

    @Test
    void skipsTypesAndVersionsItDoesNotKnow() {
        assertThat(reader.read(record("nl.samenspel.case.case-reopened", 1, "{}"))).isEmpty();
        assertThat(reader.read(record(SIGNAL_RAISED, 2, "{}"))).isEmpty();
    }

    @Test
    void ignoresFieldsAddedToAKnownVersion() {
        Optional<IntegrationEventEnvelope> envelope = reader.read(record(SIGNAL_RAISED, 1, validSignal()
                .replace("}", ", \"addedLater\": 3}")));

        assertThat(envelope).isPresent();
    }

    @Test
    void refusesARecordThatIsNotACloudEvent() {
        ConsumerRecord<String, byte[]> garbage = new ConsumerRecord<>("t", 0, 7L, "k", "not json".getBytes());

        assertThatThrownBy(() -> reader.read(garbage)).isInstanceOf(MalformedIntegrationEvent.class)
                .hasMessageContaining("not a CloudEvent");
    }

    @Test
    void refusesDataThatBreaksTheSchemaNamingThePlaceButNotTheValue() {
        String noNetwork = validSignal().replace("\"networkId\": \"oggz-zuiderhaven\"", "\"networkId\": null");
        String noFormality = validSignal().replace("\"formality\": \"INFORMAL\", ", "");
        String badNetwork = validSignal().replace("oggz-zuiderhaven", "Secret Name Of A Person");

        assertThatThrownBy(() -> reader.read(record(SIGNAL_RAISED, 1, noNetwork)))
                .isInstanceOf(MalformedIntegrationEvent.class).hasMessageContaining("networkId");
        assertThatThrownBy(() -> reader.read(record(SIGNAL_RAISED, 1, noFormality)))
                .isInstanceOf(MalformedIntegrationEvent.class);
        assertThatThrownBy(() -> reader.read(record(SIGNAL_RAISED, 1, badNetwork)))
                .isInstanceOf(MalformedIntegrationEvent.class)
                .hasMessageNotContaining("Secret Name");
    }

    @Test
    void refusesDataThatIsNotJson() {
        assertThatThrownBy(() -> reader.read(record(SIGNAL_RAISED, 1, "{not json")))
                .isInstanceOf(MalformedIntegrationEvent.class);
    }

    @Test
    void refusesARecordWhoseSourceIsNotTheOwnerOfItsTopicWithoutEchoingTheClaimedSource() {
        ConsumerRecord<String, byte[]> forged = record(Topics.CASE_EVENTS, "/samenspel/partner-service", SIGNAL_RAISED, 1,
                validSignal());

        assertThatThrownBy(() -> reader.read(forged)).isInstanceOf(ForeignIntegrationEvent.class)
                .hasMessageContaining("/samenspel/case-service").hasMessageNotContaining("partner-service");
    }

    @Test
    void refusesARecordOfAnUnknownTypeFromTheWrongSourceToo() {
        ConsumerRecord<String, byte[]> forged = record(Topics.PARTNER_EVENTS, "/samenspel/case-service",
                "nl.samenspel.partner.something-new", 1, "{}");

        assertThatThrownBy(() -> reader.read(forged)).isInstanceOf(ForeignIntegrationEvent.class);
    }

    @Test
    void refusesARecordOnATopicThatNoServiceOwns() {
        ConsumerRecord<String, byte[]> stray = record("samenspel.unknown.events", "/samenspel/case-service",
                SIGNAL_RAISED, 1, validSignal());

        assertThatThrownBy(() -> reader.read(stray)).isInstanceOf(ForeignIntegrationEvent.class)
                .hasMessageContaining("no Samenspel service owns");
    }

    @Test
    void failsClosedOnAnUnknownVersionOfAFactTheConsumerDecidesAccessOn() {
        String covenantSigned = "nl.samenspel.partner.covenant-signed";
        ConsumerRecord<String, byte[]> newer = record(Topics.PARTNER_EVENTS, "/samenspel/partner-service", covenantSigned, 2,
                "{\"networkId\": \"Secret Name\"}");

        assertThatThrownBy(() -> reader.read(newer, Set.of(covenantSigned))).isInstanceOf(UnreadableAccessFact.class)
                .hasMessageContaining(covenantSigned).hasMessageContaining("schema version 2")
                .hasMessageNotContaining("Secret Name");
        assertThat(reader.read(newer)).as("a consumer that decides nothing on it skips it").isEmpty();
    }

    @Test
    void failsClosedOnAFactTheConsumerDecidesAccessOnWhoseDataBreaksItsSchema() {
        String covenantSigned = "nl.samenspel.partner.covenant-signed";
        ConsumerRecord<String, byte[]> broken = record(Topics.PARTNER_EVENTS, "/samenspel/partner-service", covenantSigned, 1,
                "{\"networkId\": \"Secret Name\"}");

        assertThatThrownBy(() -> reader.read(broken, Set.of(covenantSigned))).isInstanceOf(UnreadableAccessFact.class)
                .hasMessageContaining(covenantSigned).hasMessageContaining("breaks its schema")
                .hasMessageNotContaining("Secret Name");
        assertThatThrownBy(() -> reader.read(broken)).as("a consumer that decides nothing on it parks it")
                .isInstanceOf(MalformedIntegrationEvent.class);
    }

    private static String validSignal() {
        return """
                {"signalId": "%s", "networkId": "oggz-zuiderhaven", "signallerRole": "NEIGHBOUR", "formality": "INFORMAL", "anonymous": true, "raisedAt": "2026-11-24T09:00:00Z"}"""
                .formatted(UUID.randomUUID());
    }

    private static ConsumerRecord<String, byte[]> record(String type, int version, String data) {
        return record(Topics.CASE_EVENTS, "/samenspel/case-service", type, version, data);
    }

    private static ConsumerRecord<String, byte[]> record(String topic, String source, String type, int version, String data) {
        return consumed(KafkaMessageFactory.createWriter(topic, null, null, "k").writeBinary(CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString()).withSource(URI.create(source)).withType(type)
                .withTime(OffsetDateTime.now()).withDataContentType("application/json")
                .withData(data.getBytes(StandardCharsets.UTF_8)).withExtension("schemaversion", version).build()));
    }

    private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> produced) {
        return new ConsumerRecord<>(produced.topic(), 0, 0L, System.currentTimeMillis(), TimestampType.CREATE_TIME,
                -1, -1, produced.key(), produced.value(), produced.headers(), Optional.empty());
    }
}
