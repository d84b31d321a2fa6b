package nl.samenspel.infra;

import nl.samenspel.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class KafkaServerTest {

    private static final String TOPIC = Topics.CASE_EVENTS;

    private static KafkaServer shared;

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
            String password = kafka.password("case-service");

            send(kafka, "signal-1", "raised");
            assertThat(readAll(kafka)).containsExactly("signal-1=raised");

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            assertThat(Ports.isFree(port)).isTrue();

            started = System.nanoTime();
            kafka.start();
            System.out.printf("Kafka restart: %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

            assertThat(kafka.port()).isEqualTo(port);
            assertThat(kafka.password("case-service")).as("kept in the directory").isEqualTo(password);
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
    void passwordsAreGeneratedPerDirectoryOwnerOnlyAndNoneIsTheOldFixedOne() throws Exception {
        KafkaServer kafka = shared();
        Path file = kafka.directory().resolve(KafkaCredentials.FILE_NAME);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Set<String> passwords = new HashSet<>();
        for (String principal : KafkaLayout.services()) {
            assertThat(kafka.password(principal)).hasSizeGreaterThanOrEqualTo(32).doesNotContain(principal);
            passwords.add(kafka.password(principal));
        }
        passwords.add(kafka.password(KafkaLayout.ADMIN));
        assertThat(passwords).as("one per principal").hasSize(KafkaLayout.services().size() + 1);
        try (KafkaServer other = KafkaServer.temporary()) {
            assertThat(other.password("case-service")).as("another directory, another password")
                    .isNotEqualTo(kafka.password("case-service"));
        }
        Map<String, Object> oldFixed = new HashMap<>(KafkaLayout.clientConfig(kafka.bootstrapServers(), "case-service",
                "case-service-kafka-dev"));
        oldFixed.putAll(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(oldFixed)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, "k", "v")).get(10, TimeUnit.SECONDS))
                    .satisfies(causedBy(SaslAuthenticationException.class));
        }
    }

    @Test
    void holdsEveryTopicAndItsDeadLetterTopicAndCreatesNoOtherOnFirstUse() throws Exception {
        try (KafkaServer kafka = KafkaServer.temporary().start()) {
            Map<String, Object> admin = kafka.clientConfig(KafkaLayout.ADMIN);
            try (Admin client = Admin.create(admin)) {
                assertThat(client.listTopics().names().get(30, TimeUnit.SECONDS))
                        .contains(Topics.PARTNER_EVENTS, Topics.deadLetters(Topics.PARTNER_EVENTS))
                        .containsAll(KafkaLayout.topicNames());
            }
            Map<String, Object> producer = producerConfig(kafka, KafkaLayout.ADMIN);
            producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000);
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
    void aClientWithoutCredentialsIsRefused() throws Exception {
        KafkaServer kafka = shared();
        Map<String, Object> anonymous = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        String key = "anonymous-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(anonymous)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.PARTNER_EVENTS, key, "forged")).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(java.util.concurrent.ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
        }
        Map<String, Object> wrongPassword = new HashMap<>(KafkaLayout.clientConfig(kafka.bootstrapServers(), "partner-service", "guessed"));
        wrongPassword.putAll(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(wrongPassword)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.PARTNER_EVENTS, key, "forged")).get(10, TimeUnit.SECONDS))
                    .satisfies(causedBy(SaslAuthenticationException.class));
        }
        assertThat(keysOn(kafka, Topics.PARTNER_EVENTS)).doesNotContain(key);
    }

    @Test
    void eachServiceWritesOnlyItsOwnTopic() throws Exception {
        KafkaServer kafka = shared();
        String key = "case-service-" + UUID.randomUUID();

        assertThatThrownBy(() -> sendAs(kafka, "case-service", Topics.PARTNER_EVENTS, key))
                .satisfies(causedBy(TopicAuthorizationException.class));
        assertThatThrownBy(() -> sendAs(kafka, "reporting-service", Topics.CASE_EVENTS, key))
                .satisfies(causedBy(TopicAuthorizationException.class));
        sendAs(kafka, "case-service", Topics.CASE_EVENTS, key);
        // Consumers park what they cannot apply beside the topic they read.
        sendAs(kafka, "case-service", Topics.deadLetters(Topics.PARTNER_EVENTS), key);

        assertThat(keysOn(kafka, Topics.PARTNER_EVENTS)).doesNotContain(key);
        assertThat(keysOn(kafka, Topics.CASE_EVENTS)).contains(key);
    }

    @Test
    void eachServiceReadsOnlyWhatItConsumesInItsOwnConsumerGroups() {
        KafkaServer kafka = shared();

        assertThat(canRead(kafka, "case-service", Topics.PARTNER_EVENTS, "case-service.partner-facts")).isTrue();
        assertThatThrownBy(() -> canRead(kafka, "partner-service", Topics.CASE_EVENTS, "partner-service.spy"))
                .satisfies(causedBy(TopicAuthorizationException.class));
        assertThatThrownBy(() -> canRead(kafka, "case-service", Topics.deadLetters(Topics.PARTNER_EVENTS), "case-service.dlt"))
                .satisfies(causedBy(TopicAuthorizationException.class));
        assertThatThrownBy(() -> canRead(kafka, "case-service", Topics.PARTNER_EVENTS, "reporting-service.casework"))
                .satisfies(causedBy(GroupAuthorizationException.class));
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

    /** One broker for the access tests: they only read what they wrote themselves. */
    private static synchronized KafkaServer shared() {
        if (shared == null) {
            shared = KafkaServer.temporary().start();
        }
        return shared;
    }

    @AfterAll
    static void stopShared() {
        if (shared != null) {
            shared.close();
        }
    }

    /** The failure is, or was caused by, a {@code type}: clients wrap the broker's refusals differently. */
    private static ThrowingConsumer<Throwable> causedBy(Class<? extends Throwable> type) {
        return thrown -> {
            List<Class<?>> chain = new ArrayList<>();
            for (Throwable t = thrown; t != null && chain.size() < 20; t = t.getCause()) {
                chain.add(t.getClass());
            }
            assertThat(chain).as("causes of " + thrown).anyMatch(type::isAssignableFrom);
        };
    }

    private static Map<String, Object> producerConfig(KafkaServer kafka, String principal) {
        Map<String, Object> config = new HashMap<>(kafka.clientConfig(principal));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return config;
    }

    private static Map<String, Object> consumerConfig(KafkaServer kafka, String principal, String group) {
        Map<String, Object> config = new HashMap<>(kafka.clientConfig(principal));
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return config;
    }

    private static void sendAs(KafkaServer kafka, String principal, String topic, String key) throws Exception {
        Map<String, Object> config = producerConfig(kafka, principal);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, "value")).get(30, TimeUnit.SECONDS);
        }
    }

    /** Subscribes as {@code principal} in {@code group} and polls until partitions are assigned; throws what the broker refuses. */
    private static boolean canRead(KafkaServer kafka, String principal, String topic, String group) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(kafka, principal, group))) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200));
                return !consumer.assignment().isEmpty();
            });
            // Assignment needs only Describe; the fetches after it need Read, and fail on the next polls without it.
            List<TopicPartition> assigned = List.copyOf(consumer.assignment());
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200));
                return assigned.stream().allMatch(p -> consumer.position(p, Duration.ofSeconds(5)) >= 0);
            });
            for (int i = 0; i < 5; i++) {
                consumer.poll(Duration.ofMillis(200));
            }
            return true;
        }
    }

    /** The keys on every partition of {@code topic}, read as the admin. */
    private static List<String> keysOn(KafkaServer kafka, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(kafka, KafkaLayout.ADMIN, null))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<String> keys = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
            return keys;
        }
    }

    private static void send(KafkaServer kafka, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(kafka, KafkaLayout.ADMIN))) {
            // One partition key, so the order read back is the order sent.
            producer.send(new ProducerRecord<>(TOPIC, 0, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> readAll(KafkaServer kafka) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(kafka, KafkaLayout.ADMIN, null))) {
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
