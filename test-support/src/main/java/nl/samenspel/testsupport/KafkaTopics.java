package nl.samenspel.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.CloudEventTypes;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.Topics;
import nl.samenspel.infra.KafkaLayout;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/** Produces and reads records on the real test broker, as another service would. */
public final class KafkaTopics {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private KafkaTopics() {
    }

    /**
     * Publishes {@code event} the way the topic's owner does (CloudEvent, binary mode, keyed by
     * subject, the owner as source) and returns its CloudEvent id. Publishing the same id twice
     * simulates a redelivery.
     */
    public static String publish(String bootstrapServers, String topic, IntegrationEvent event, String eventId) {
        String source = Topics.ownerSource(topic)
                .orElseThrow(() -> new IllegalArgumentException(topic + " is not a Samenspel topic"));
        return publish(bootstrapServers, topic, event, eventId, source, CloudEventTypes.of(event.getClass()).schemaVersion());
    }

    /**
     * Publishes {@code event} claiming any {@code source} and schema version: what a forger, or a
     * producer ahead of its consumers, would write.
     */
    public static String publish(String bootstrapServers, String topic, IntegrationEvent event, String eventId,
            String source, int schemaVersion) {
        CloudEventType type = CloudEventTypes.of(event.getClass());
        Map<String, Object> config = clientConfig(bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(topic, null, null, event.subject())
                    .writeBinary(CloudEventBuilder.v1()
                            .withId(eventId)
                            .withSource(URI.create(source))
                            .withType(type.value())
                            .withSubject(event.subject())
                            .withTime(OffsetDateTime.now())
                            .withDataContentType("application/json")
                            .withData(JSON.writeValueAsBytes(event))
                            .withExtension("schemaversion", schemaVersion)
                            .build());
            producer.send(record).get(30, TimeUnit.SECONDS);
            return eventId;
        } catch (Exception e) {
            throw new IllegalStateException("could not publish test event", e);
        }
    }

    public static String publish(String bootstrapServers, String topic, IntegrationEvent event) {
        return publish(bootstrapServers, topic, event, UUID.randomUUID().toString());
    }

    /** Sends raw bytes, for consumers' handling of records that are not CloudEvents at all. */
    public static void publishRaw(String bootstrapServers, String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(clientConfig(bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish raw record", e);
        }
    }

    /**
     * Settings for a test client of the broker at {@code bootstrapServers}, logged in as the admin principal: tests
     * stand in for every service (and for forgers, who would have had to steal a credential).
     */
    public static Map<String, Object> clientConfig(String bootstrapServers) {
        return new HashMap<>(KafkaLayout.clientConfig(bootstrapServers, KafkaLayout.ADMIN,
                TestInfrastructure.kafka().password(KafkaLayout.ADMIN)));
    }

    /** A record header as text (CloudEvent attributes in binary mode are {@code ce_*} headers), or null. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * Reads {@code topic} from the beginning until the records read satisfy {@code until}, or fails
     * after {@code timeout}. Returns every record read.
     */
    public static List<ConsumerRecord<String, byte[]>> readUntil(String bootstrapServers, String topic,
            Duration timeout, Predicate<List<ConsumerRecord<String, byte[]>>> until) {
        Map<String, Object> config = clientConfig(bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(timeout).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(250)).forEach(records::add);
                return until.test(records);
            });
        }
        return records;
    }
}
