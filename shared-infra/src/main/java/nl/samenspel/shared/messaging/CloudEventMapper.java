package nl.samenspel.shared.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.CloudEventTypes;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.shared.axon.ActorMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;

/**
 * Builds the Kafka record for an integration event: a CloudEvent 1.0 in binary content mode (the
 * attributes as {@code ce_*} headers, the JSON payload as the value), keyed by the subject.
 *
 * <p>The CloudEvent id is the id of the stored Axon event, so a redelivery after a crash or
 * retry carries the same id and consumers can drop it.
 */
public final class CloudEventMapper {

    public static final String SCHEMA_VERSION = "schemaversion";
    public static final String ACTOR = "actor";
    public static final String ACTOR_ORGANISATION = "actororganisation";
    public static final String TRACEPARENT = "traceparent";

    private final ObjectMapper json;
    private final URI source;

    public CloudEventMapper(ObjectMapper json, String source) {
        // The application's mapper leaves out nulls (spring.jackson.default-property-inclusion=non_absent), but
        // every schema requires each field, null or not: "capacity": null says "not limited", absence says nothing.
        this.json = json.copy().setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS);
        this.source = URI.create(source);
    }

    public ProducerRecord<String, byte[]> toRecord(String topic, EventMessage<?> stored, IntegrationEvent event) {
        CloudEventType type = CloudEventTypes.of(event.getClass());
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(stored.getIdentifier())
                .withSource(source)
                .withType(type.value())
                .withSubject(event.subject())
                .withTime(stored.getTimestamp().atOffset(ZoneOffset.UTC))
                .withDataSchema(CloudEventTypes.dataSchema(type))
                .withDataContentType("application/json")
                .withData(serialise(event))
                .withExtension(SCHEMA_VERSION, type.schemaVersion());
        metadata(stored, ActorMetadata.ACTOR).ifPresent(v -> builder.withExtension(ACTOR, v));
        metadata(stored, ActorMetadata.ORGANISATION).ifPresent(v -> builder.withExtension(ACTOR_ORGANISATION, v));
        metadata(stored, ActorMetadata.TRACEPARENT).ifPresent(v -> builder.withExtension(TRACEPARENT, v));
        CloudEvent cloudEvent = builder.build();

        ProducerRecord<String, byte[]> record = KafkaMessageFactory
                .createWriter(topic, null, null, event.subject())
                .writeBinary(cloudEvent);
        // Also as the plain W3C header: that is where Spring Kafka's observation looks for a parent span.
        metadata(stored, ActorMetadata.TRACEPARENT)
                .ifPresent(v -> record.headers().add(TRACEPARENT, v.getBytes(StandardCharsets.US_ASCII)));
        return record;
    }

    private byte[] serialise(IntegrationEvent event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    private static java.util.Optional<String> metadata(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? java.util.Optional.empty() : java.util.Optional.of(value.toString());
    }
}
