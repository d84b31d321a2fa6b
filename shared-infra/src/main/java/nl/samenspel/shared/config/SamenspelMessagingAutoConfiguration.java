package nl.samenspel.shared.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import nl.samenspel.contracts.Topics;
import nl.samenspel.shared.messaging.CloudEventMapper;
import nl.samenspel.shared.messaging.DeadLetters;
import nl.samenspel.shared.messaging.HaltedPartitions;
import nl.samenspel.shared.messaging.HaltedPartitionsEndpoint;
import nl.samenspel.shared.messaging.IntegrationEventPublisher;
import nl.samenspel.shared.messaging.IntegrationEventReader;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import nl.samenspel.shared.messaging.KafkaLogin;
import nl.samenspel.shared.messaging.MessagingProperties;
import nl.samenspel.shared.messaging.ProcessedEvents;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Kafka for every service: the outbox publisher (only where {@code samenspel.messaging.publish-topic}
 * is set), the CloudEvent reader, idempotency records, and the consumer error policy of {@link DeadLetters}.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class SamenspelMessagingAutoConfiguration {

    /** Checked before any Kafka client is made: a service without its Kafka password refuses to start. */
    @Bean
    KafkaLogin kafkaLogin(@Value("${samenspel.kafka.username}") String username,
            @Value("${samenspel.kafka.password:}") String password) {
        return KafkaLogin.of(username, password);
    }

    @Bean
    CloudEventMapper cloudEventMapper(ObjectMapper objectMapper, MessagingProperties properties) {
        return new CloudEventMapper(objectMapper, properties.source());
    }

    @Bean
    IntegrationEventReader integrationEventReader(ObjectMapper objectMapper) {
        return new IntegrationEventReader(objectMapper);
    }

    @Bean
    ProcessedEvents processedEvents(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        return new ProcessedEvents(jdbc, new TransactionTemplate(transactionManager));
    }

    @Bean
    HaltedPartitions haltedPartitions(MeterRegistry meters) {
        return new HaltedPartitions(meters);
    }

    @Bean
    HaltedPartitionsEndpoint haltedPartitionsEndpoint(HaltedPartitions haltedPartitions) {
        return new HaltedPartitionsEndpoint(haltedPartitions);
    }

    @Bean
    CommonErrorHandler kafkaConsumerErrorHandler(KafkaOperations<?, ?> template, MeterRegistry meters,
            HaltedPartitions haltedPartitions) {
        return DeadLetters.errorHandler(template, meters, haltedPartitions);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty("samenspel.messaging.publish-topic")
    Producer<String, byte[]> integrationEventProducer(KafkaLogin login, KafkaProperties kafka,
            ObjectProvider<SslBundles> sslBundles, MessagingProperties properties) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties(sslBundles.getIfAvailable()));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        int timeoutMs = (int) properties.ackTimeout().toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeoutMs, 10_000));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 10_000));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, properties.source().replace('/', '-') + "-publisher");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    @ConditionalOnProperty("samenspel.messaging.publish-topic")
    IntegrationEventPublisher integrationEventPublisher(ObjectProvider<IntegrationEventTranslator<?>> translators,
            Producer<String, byte[]> producer, CloudEventMapper mapper, MessagingProperties properties,
            MeterRegistry meters) {
        return new IntegrationEventPublisher(translators.orderedStream().toList(), producer, mapper, properties, meters);
    }

    @Bean
    @ConditionalOnProperty("samenspel.messaging.publish-topic")
    NewTopic integrationEventTopic(MessagingProperties properties) {
        return new NewTopic(properties.publishTopic(), properties.partitions(), properties.replicas());
    }

    /** The owner creates its topic's dead-letter topic too: the brokers create no topic on first use. */
    @Bean
    @ConditionalOnProperty("samenspel.messaging.publish-topic")
    NewTopic integrationEventDeadLetterTopic(MessagingProperties properties) {
        return new NewTopic(Topics.deadLetters(properties.publishTopic()), properties.partitions(), properties.replicas());
    }
}
