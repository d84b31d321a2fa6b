package nl.samenspel.infra;

import nl.samenspel.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class KafkaServerTest {

    private static final String TOPIC = Topics.CASE_EVENTS;

    @TempDir
    Path home;

    @Test
    void recordsSurviveAStopAndAStartOnTheSamePortAndDirectory() throws Exception {
        KafkaServer kafka = new KafkaServer(0, home.resolve("kafka"));
        try {
            long started = System.nanoTime();
            kafka.start();
            System.out.printf("Kafka first start (format included): %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            int port = kafka.port();

            send(kafka, "signal-1", "raised");
            assertThat(readAll(kafka)).containsExactly("signal-1=raised");

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            assertThat(Ports.isFree(port)).isTrue();

            started = System.nanoTime();
            kafka.start();
            System.out.printf("Kafka restart: %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

            assertThat(kafka.port()).isEqualTo(port);
            assertThat(readAll(kafka)).containsExactly("signal-1=raised");
            send(kafka, "signal-2", "raised");
            assertThat(readAll(kafka)).containsExactly("signal-1=raised", "signal-2=raised");
            assertThat(Files.readString(kafka.directory().resolve("data").resolve("meta.properties"))).contains("cluster.id=");
        } finally {
            kafka.close();
        }
        assertThat(kafka.isRunning()).isFalse();
    }

    @Test
    void holdsEveryTopicAndItsDeadLetterTopicAndCreatesNoOtherOnFirstUse() throws Exception {
        try (KafkaServer kafka = KafkaServer.temporary().start()) {
            Map<String, Object> admin = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            try (Admin client = Admin.create(admin)) {
                assertThat(client.listTopics().names().get(30, TimeUnit.SECONDS))
                        .contains(Topics.PARTNER_EVENTS, Topics.deadLetters(Topics.PARTNER_EVENTS))
                        .containsAll(KafkaLayout.topicNames());
            }
            Map<String, Object> producer = Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            try (KafkaProducer<String, String> typo = new KafkaProducer<>(producer)) {
                assertThatThrownBy(() -> typo.send(new ProducerRecord<>("samenspel.case.event", "k", "v")).get(10, TimeUnit.SECONDS))
                        .hasMessageContaining("not present in metadata");
            }
            try (Admin client = Admin.create(admin)) {
                assertThat(client.listTopics().names().get(30, TimeUnit.SECONDS)).doesNotContain("samenspel.case.event");
            }
        }
    }

    @Test
    void aTakenPortIsReportedBeforeStarting() {
        try (KafkaServer first = KafkaServer.temporary().start()) {
            KafkaServer second = new KafkaServer(first.port(), home.resolve("other"));

            assertThatThrownBy(second::start)
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Port " + first.port() + " for Kafka is already in use: free it or choose another port.");
            assertThat(second.isRunning()).isFalse();
        }
    }

    private static void send(KafkaServer kafka, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            // One partition key, so the order read back is the order sent.
            producer.send(new ProducerRecord<>(TOPIC, 0, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> readAll(KafkaServer kafka) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(30)).get(partition);
            List<String> values = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.key() + "=" + record.value());
                }
                return consumer.position(partition) >= end;
            });
            return values;
        }
    }
}
