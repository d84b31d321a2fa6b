package nl.samenspel.shared.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLTransientException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.contracts.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What a consumer does with a record it cannot apply: one record must never stop a partition for everyone after it.
 *
 * <ul>
 *   <li>A record that can never be read ({@link MalformedIntegrationEvent}, including one from a foreign source)
 *       goes to {@code <topic>-dlt} at once.</li>
 *   <li>A failure of the infrastructure under the consumer (database or Kafka unreachable, a transient SQL error)
 *       is retried forever with backoff: the record is fine, and parking it would apply later records before it.</li>
 *   <li>A fact that decides access, in a schema version this service cannot read ({@link UnreadableAccessFact}),
 *       stops its partition and is reported ({@link HaltedPartitions}): fail closed, neither skipped nor parked.</li>
 *   <li>Any other failure is the record's: after a few retries it goes to {@code <topic>-dlt} and the consumer
 *       goes on with the next record.</li>
 * </ul>
 *
 * <p>Every parked record counts in {@value #METRIC} (tags: the original topic and why), so an alert can watch it.
 * The dead-letter topics are created with their topics (never auto-created: the brokers refuse that).
 */
public final class DeadLetters {

    public static final String METRIC = "samenspel.integration.dead.letters";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int ATTEMPTS_BEFORE_PARKING = 5;

    private DeadLetters() {
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, MeterRegistry meters,
            HaltedPartitions halted) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(Topics.deadLetters(record.topic()), -1));
        ConsumerRecordRecoverer countedPublisher = (record, e) -> {
            publisher.accept(record, e);
            String reason = reason(e);
            meters.counter(METRIC, "topic", record.topic(), "reason", reason).increment();
            log.warn("{}-{}@{} parked on {} ({})", record.topic(), record.partition(), record.offset(),
                    Topics.deadLetters(record.topic()), reason);
        };
        DefaultErrorHandler handler = new FailClosed(countedPublisher, forever(), halted);
        handler.addNotRetryableExceptions(MalformedIntegrationEvent.class, UnreadableAccessFact.class);
        handler.setBackOffFunction((record, e) -> isTransient(e) ? forever() : briefly());
        // Retrying must not be silent: say which record is stuck (never its content).
        handler.setRetryListeners((record, e, attempt) -> log.warn("{}-{}@{} delivery attempt {} failed: {}",
                record.topic(), record.partition(), record.offset(), attempt, rootCause(e).getClass().getName()));
        return handler;
    }

    /** The {@code reason} tag of a parked record. */
    static String reason(Exception e) {
        if (causeOfType(e, UnreadableAccessFact.class).isPresent()) {
            return "unreadable-access-fact";
        }
        Throwable cause = rootCauseOfKind(e);
        if (cause instanceof ForeignIntegrationEvent) {
            return "foreign-source";
        }
        if (cause instanceof MalformedIntegrationEvent) {
            return "malformed";
        }
        return "not-applicable";
    }

    static <T extends Throwable> Optional<T> causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static Throwable rootCauseOfKind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MalformedIntegrationEvent) {
                return t;
            }
        }
        return e;
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException || t instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static BackOff forever() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(15_000);
        return backOff;
    }

    private static BackOff briefly() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxAttempts(ATTEMPTS_BEFORE_PARKING - 1);
        return backOff;
    }

    /**
     * An access fact of an unknown version stops its partition instead of being skipped or parked: the records of
     * the poll are sought back (nothing after the fact is applied), the partition is paused and reported in
     * {@link HaltedPartitions}. Only when an operator chose to park that very record does it go the dead-letter way.
     */
    static final class FailClosed extends DefaultErrorHandler {

        private final HaltedPartitions halted;

        FailClosed(ConsumerRecordRecoverer recoverer, BackOff backOff, HaltedPartitions halted) {
            super(recoverer, backOff);
            this.halted = halted;
        }

        @Override
        public void handleRemaining(Exception thrown, List<ConsumerRecord<?, ?>> records, Consumer<?, ?> consumer,
                MessageListenerContainer container) {
            Optional<UnreadableAccessFact> fact = causeOfType(thrown, UnreadableAccessFact.class);
            ConsumerRecord<?, ?> first = records.get(0);
            TopicPartition partition = new TopicPartition(first.topic(), first.partition());
            if (fact.isPresent() && !halted.isToBeParked(partition, first.offset())) {
                Map<TopicPartition, Long> rewind = new LinkedHashMap<>();
                records.forEach(r -> rewind.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset()));
                rewind.forEach(consumer::seek);
                halted.halt(partition, first.offset(), fact.get().getMessage(), container);
                return;
            }
            super.handleRemaining(thrown, records, consumer, container);
            if (fact.isPresent()) {
                halted.parked(partition);
            }
        }
    }
}
