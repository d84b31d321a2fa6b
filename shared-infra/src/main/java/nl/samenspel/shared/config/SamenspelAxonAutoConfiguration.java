package nl.samenspel.shared.config;

import io.micrometer.tracing.Tracer;
import java.time.Clock;
import nl.samenspel.shared.axon.ActorDispatchInterceptor;
import nl.samenspel.shared.axon.ActorMetadata;
import nl.samenspel.shared.axon.PostgresDuplicateKeyResolver;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Axon on the service's own PostgreSQL through JDBC (no JPA): Axon's JDBC auto-configuration builds
 * the event store, token store and saga store; we only swap in the PostgreSQL saga schema (bytea),
 * add actor and trace metadata, and make every event handler failure stop its processor and retry
 * instead of being logged and skipped, which would lose a projection update or a Kafka publication.
 * Tables come from Flyway ({@code db/migration/platform}), never from Axon or Hibernate.
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
}
