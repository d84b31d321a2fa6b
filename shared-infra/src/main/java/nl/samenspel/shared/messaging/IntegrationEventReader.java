package nl.samenspel.shared.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.samenspel.contracts.CloudEventTypes;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.PublishedLanguage;
import nl.samenspel.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a Kafka record written by {@link CloudEventMapper} and checks its data against the
 * committed JSON Schema of its type and version. A record that can never be processed (not a
 * CloudEvent, or data that breaks its schema) is refused as {@link MalformedIntegrationEvent} and
 * ends on the dead-letter topic, instead of failing in a projection on every retry.
 *
 * <p>Only the owner of a topic may speak on it: a record whose {@code source} is not the topic's owner (see
 * {@link Topics#ownerSource}) is refused as {@link ForeignIntegrationEvent}, whatever its type, before anything
 * in it is looked at. The broker's ACLs already keep other principals from writing the topic; this check also
 * holds when a credential leaks or an ACL is too wide.
 *
 * <p>Tolerant reader: types or schema versions this service does not know yet are skipped (empty), except the
 * facts a consumer names as deciding access, which fail closed ({@link UnreadableAccessFact});
 * and fields added to a known version are ignored, so producers can evolve ahead of consumers.
 */
public final class IntegrationEventReader {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final ObjectMapper json;
    private final Map<Class<? extends IntegrationEvent>, JsonSchema> schemas = new ConcurrentHashMap<>();

    public IntegrationEventReader(ObjectMapper json) {
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public Optional<IntegrationEventEnvelope> read(ConsumerRecord<String, byte[]> record) {
        return read(record, Set.of());
    }

    /**
     * As {@link #read(ConsumerRecord)}, but a record of one of {@code failClosedTypes} in a schema version this
     * service does not know, or whose data breaks its schema, is neither skipped nor parked: it throws
     * {@link UnreadableAccessFact}, and the consumer stops there.
     * For facts that decide access, where skipping would leave access as it was before the fact.
     */
    public Optional<IntegrationEventEnvelope> read(ConsumerRecord<String, byte[]> record, Set<String> failClosedTypes) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new MalformedIntegrationEvent("record at offset " + record.offset() + " is not a CloudEvent", e);
        }
        requireOwnerSource(record, event);
        Optional<Class<? extends IntegrationEvent>> eventClass =
                schemaVersion(event).flatMap(version -> PublishedLanguage.eventClass(event.getType(), version));
        if (eventClass.isEmpty()) {
            if (failClosedTypes.contains(event.getType())) {
                throw new UnreadableAccessFact(record.topic() + "-" + record.partition() + "@" + record.offset() + " "
                        + event.getType() + " in schema version "
                        + schemaVersion(event).map(String::valueOf).orElse("(none)") + ", which this service cannot read");
            }
            return Optional.empty();
        }
        IntegrationEvent payload;
        try {
            if (event.getData() == null) {
                throw new MalformedIntegrationEvent(event.getType() + " " + event.getId() + " has no data", null);
            }
            payload = payload(event, eventClass.get());
        } catch (MalformedIntegrationEvent e) {
            if (failClosedTypes.contains(event.getType())) {
                // Names type, place and the failing properties (MalformedIntegrationEvent never holds values).
                throw new UnreadableAccessFact(record.topic() + "-" + record.partition() + "@" + record.offset() + " "
                        + e.getMessage(), e);
            }
            throw e;
        }
        return Optional.of(new IntegrationEventEnvelope(
                event.getId(),
                event.getType(),
                event.getSource().toString(),
                event.getSubject(),
                event.getTime() == null ? Instant.ofEpochMilli(record.timestamp()) : event.getTime().toInstant(),
                extension(event, CloudEventMapper.ACTOR),
                extension(event, CloudEventMapper.ACTOR_ORGANISATION),
                payload));
    }

    private static void requireOwnerSource(ConsumerRecord<String, byte[]> record, CloudEvent event) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        String owner = Topics.ownerSource(record.topic()).orElseThrow(
                () -> new ForeignIntegrationEvent(where + " is on a topic that no Samenspel service owns"));
        if (event.getSource() == null || !owner.equals(event.getSource().toString())) {
            throw new ForeignIntegrationEvent(where + " does not come from the topic's owner " + owner);
        }
    }

    private IntegrationEvent payload(CloudEvent event, Class<? extends IntegrationEvent> eventClass) {
        JsonNode data;
        try {
            data = json.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new MalformedIntegrationEvent(event.getType() + " " + event.getId() + " has no JSON data", e);
        }
        // Names the failing properties, never their values: those may be what must not leak.
        List<String> problems = schemaOf(eventClass).validate(data).stream()
                .filter(message -> !"additionalProperties".equals(message.getType()))
                .map(ValidationMessage::getInstanceLocation)
                .map(Object::toString)
                .distinct()
                .toList();
        if (!problems.isEmpty()) {
            throw new MalformedIntegrationEvent(
                    event.getType() + " " + event.getId() + " breaks its schema at " + problems, null);
        }
        try {
            return json.treeToValue(data, eventClass);
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedIntegrationEvent(event.getType() + " " + event.getId() + " does not match its schema", e);
        }
    }

    private JsonSchema schemaOf(Class<? extends IntegrationEvent> eventClass) {
        return schemas.computeIfAbsent(eventClass, type -> {
            String resource = CloudEventTypes.schemaResource(CloudEventTypes.of(type));
            try (InputStream in = IntegrationEvent.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the contracts module lacks " + resource);
                }
                return SCHEMAS.getSchema(json.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Optional<Integer> schemaVersion(CloudEvent event) {
        // Binary mode hands extensions back as strings.
        return extension(event, CloudEventMapper.SCHEMA_VERSION).flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> extension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }
}
