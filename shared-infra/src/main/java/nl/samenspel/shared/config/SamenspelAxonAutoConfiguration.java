package nl.samenspel.shared.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import nl.samenspel.shared.axon.ActorDispatchInterceptor;
import nl.samenspel.shared.axon.ActorMetadata;
import nl.samenspel.shared.axon.PostgresDuplicateKeyResolver;
import nl.samenspel.shared.deadletter.DeadLetterGauges;
import nl.samenspel.shared.deadletter.DeadLetterQueues;
import nl.samenspel.shared.deadletter.DeadLettersEndpoint;
import nl.samenspel.shared.deadletter.DeadLettersHealthIndicator;
import nl.samenspel.shared.deadletter.ParkedLetters;
import nl.samenspel.shared.deadletter.ParkingPolicy;
import nl.samenspel.shared.deadletter.SavepointPerEventHandler;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Axon on the service's own PostgreSQL through JDBC (no JPA): Axon's JDBC auto-configuration builds
 * the event store, token store and saga store; we only swap in the PostgreSQL saga schema (bytea),
 * add actor and trace metadata, and give every processing group a dead-letter queue.
 *
 * <p>A handler failure is never logged and skipped, which would lose a projection update or a Kafka publication,
 * and no single event may stop a processor for everyone: an event its handler cannot apply is parked in the
 * group's JDBC dead-letter queue with the later events of its sequence (aggregate), while all other sequences go
 * on ({@link ParkingPolicy}); an outage still stops the processor, which retries. Parked letters show in a gauge
 * and the health details, and a platform operator retries or evicts them through the {@code deadletters}
 * endpoint. Tables come from Flyway ({@code db/migration/platform}), never from Axon or Hibernate.
 */
@AutoConfiguration(before = JdbcAutoConfiguration.class)
public class SamenspelAxonAutoConfiguration {

    /** Injected into command handlers, so tests can fix the time aggregates record. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PersistenceExceptionResolver postgresDuplicateKeyResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema();
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(ActorMetadata.KEYS.toArray(String[]::new));
    }

    @Bean
    ActorDispatchInterceptor actorDispatchInterceptor(Tracer tracer) {
        return new ActorDispatchInterceptor(tracer);
    }

    @Bean
    ConfigurerModule propagateEventHandlerFailures() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /** Replaces Axon's per-property dead-letter module: every processing group gets a queue. */
    @Bean
    DeadLetterQueues deadLetterQueues(ConnectionProvider connections, TransactionManager transactions,
            DeadLetterSchema schema, @Qualifier("eventSerializer") Serializer eventSerializer,
            Serializer genericSerializer) {
        return new DeadLetterQueues(group -> JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(group)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .eventSerializer(eventSerializer)
                .genericSerializer(genericSerializer)
                .build(), new ParkingPolicy());
    }

    @Bean
    SavepointPerEventHandler savepointPerEventHandler(PlatformTransactionManager transactions) {
        return new SavepointPerEventHandler(transactions);
    }

    @Bean
    ParkedLetters parkedLetters(DeadLetterQueues queues, EventProcessingConfiguration processing,
            PlatformTransactionManager transactions) {
        return new ParkedLetters(queues, processing, new TransactionTemplate(transactions));
    }

    @Bean
    DeadLettersEndpoint deadLettersEndpoint(ParkedLetters letters) {
        return new DeadLettersEndpoint(letters);
    }

    @Bean
    DeadLettersHealthIndicator deadLettersHealthIndicator(ParkedLetters letters) {
        return new DeadLettersHealthIndicator(letters);
    }

    @Bean
    DeadLetterGauges deadLetterGauges(ParkedLetters letters, MeterRegistry registry) {
        return new DeadLetterGauges(letters, registry);
    }
}
