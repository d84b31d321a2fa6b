package nl.samenspel.shared.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspel.contracts.IntegrationEvent;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The event store is the outbox. This handler runs in its own tracking processor over the
 * service's event store; a batch's token only advances after Kafka ({@code acks=all}, idempotent
 * producer) has acknowledged every record sent for it. If Kafka is down, or the process dies
 * halfway, the batch is not committed and is sent again later, so every stored event reaches
 * Kafka at least once; consumers drop repeats by CloudEvent id.
 *
 * <p>Records are sent asynchronously within a batch and awaited together before commit, so
 * throughput is not bounded by one round trip per event, while per-subject order holds because
 * one subject always maps to one partition and the producer keeps order per partition.
 */
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
public class IntegrationEventPublisher {

    public static final String PROCESSING_GROUP = "integration-publisher";
    private static final String PENDING_SENDS = IntegrationEventPublisher.class.getName() + ".pending";

    private final Map<Class<?>, IntegrationEventTranslator<?>> translators;
    private final Producer<String, byte[]> producer;
    private final CloudEventMapper mapper;
    private final String topic;
    private final Duration ackTimeout;
    private final Counter sent;
    private final Counter failedBatches;

    public IntegrationEventPublisher(List<IntegrationEventTranslator<?>> translators, Producer<String, byte[]> producer,
            CloudEventMapper mapper, MessagingProperties properties, MeterRegistry meters) {
        this.translators = translators.stream()
                .collect(Collectors.toUnmodifiableMap(IntegrationEventTranslator::sourceType, Function.identity()));
        this.producer = producer;
        this.mapper = mapper;
        this.topic = properties.publishTopic();
        this.ackTimeout = properties.ackTimeout();
        this.sent = meters.counter("samenspel.integration.events.sent", "topic", topic);
        this.failedBatches = meters.counter("samenspel.integration.batches.failed", "topic", topic);
    }

    @EventHandler
    void publish(EventMessage<?> stored) {
        IntegrationEventTranslator<?> translator = translators.get(stored.getPayloadType());
        if (translator == null) {
            return;
        }
        IntegrationEvent event = translate(translator, stored.getPayload());
        pendingSends().add(producer.send(mapper.toRecord(topic, stored, event)));
        sent.increment();
    }

    @SuppressWarnings("unchecked")
    private static <E> IntegrationEvent translate(IntegrationEventTranslator<E> translator, Object payload) {
        return translator.translate((E) payload);
    }

    private List<Future<RecordMetadata>> pendingSends() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING_SENDS, key -> {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<Future<RecordMetadata>> sends) {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IntegrationPublicationFailed("interrupted while waiting for Kafka", e);
            } catch (ExecutionException | TimeoutException e) {
                failedBatches.increment();
                throw new IntegrationPublicationFailed(
                        "Kafka did not acknowledge a batch of " + sends.size() + " event(s); it will be sent again", e);
            }
        }
    }

    /** Fails the batch so the tracking processor retries it from the last committed token. */
    public static final class IntegrationPublicationFailed extends RuntimeException {
        IntegrationPublicationFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
