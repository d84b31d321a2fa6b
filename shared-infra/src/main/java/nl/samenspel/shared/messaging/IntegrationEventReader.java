package nl.samenspel.shared.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.PublishedLanguage;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a Kafka record written by {@link CloudEventMapper}. Types or schema versions this service
 * does not know yet are skipped (empty), so a producer can add events before consumers use them.
 */
public final class IntegrationEventReader {

    private final ObjectMapper json;

    public IntegrationEventReader(ObjectMapper json) {
        this.json = json;
    }

    public Optional<IntegrationEventEnvelope> read(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new MalformedIntegrationEvent("record at offset " + record.offset() + " is not a CloudEvent", e);
        }
        Optional<Class<? extends IntegrationEvent>> eventClass =
                schemaVersion(event).flatMap(version -> PublishedLanguage.eventClass(event.getType(), version));
        if (eventClass.isEmpty()) {
            return Optional.empty();
        }
        if (event.getData() == null) {
            throw new MalformedIntegrationEvent(event.getType() + " " + event.getId() + " has no data", null);
        }
        IntegrationEvent payload;
        try {
            payload = json.readValue(event.getData().toBytes(), eventClass.get());
        } catch (IOException | RuntimeException e) {
            throw new MalformedIntegrationEvent(event.getType() + " " + event.getId() + " does not match its schema", e);
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
