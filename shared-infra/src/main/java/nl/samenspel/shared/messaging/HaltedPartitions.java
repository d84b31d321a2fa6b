package nl.samenspel.shared.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The partitions a consumer stopped because a fact it must understand came in a version it cannot read
 * ({@link UnreadableAccessFact}). While any partition is halted the service's health is DOWN and {@value #METRIC}
 * is above zero, so operators learn of it; the records behind the fact wait, in order, and the consumer's other
 * partitions go on.
 *
 * <p>The way on is a release of the service that reads the version (after a restart the partition is read again
 * from the fact), or {@link #parkAndResume} ({@code POST /actuator/haltedpartitions/{topic-partition}}): an operator decides the fact is to be parked on the dead-letter topic
 * and the partition goes on after it.
 */
public final class HaltedPartitions implements HealthIndicator {

    public static final String METRIC = "samenspel.integration.partitions.halted";
    private static final Logger log = LoggerFactory.getLogger(HaltedPartitions.class);

    private final Map<TopicPartition, Halt> halted = new ConcurrentHashMap<>();
    private final Map<TopicPartition, MessageListenerContainer> containers = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> toPark = new ConcurrentHashMap<>();

    public HaltedPartitions(MeterRegistry meters) {
        Gauge.builder(METRIC, halted, Map::size)
                .description("Kafka partitions stopped on a fact of a schema version this service cannot read")
                .register(meters);
    }

    /** Where a consumer stopped and on what: type and version, never data. */
    public record Halt(TopicPartition partition, long offset, String what, String consumerGroup) {
    }

    void halt(TopicPartition partition, long offset, String what, MessageListenerContainer container) {
        Halt halt = new Halt(partition, offset, what, container.getGroupId());
        if (halted.put(partition, halt) == null) {
            log.error("consumer {} stopped {} at offset {}: {}; the facts behind it wait until a release reads it "
                    + "or an operator parks it", halt.consumerGroup(), partition, offset, what);
        }
        containers.put(partition, container);
        container.pausePartition(partition);
    }

    boolean isToBeParked(TopicPartition partition, long offset) {
        return Long.valueOf(offset).equals(toPark.get(partition));
    }

    void parked(TopicPartition partition) {
        toPark.remove(partition);
        halted.remove(partition);
        containers.remove(partition);
    }

    public Optional<Halt> halt(TopicPartition partition) {
        return Optional.ofNullable(halted.get(partition));
    }

    public Map<TopicPartition, Halt> all() {
        return Map.copyOf(halted);
    }

    /**
     * An operator's decision: park the fact the partition stopped on (dead-letter topic, counted) and go on with
     * the records after it. Access then stays as it was before that fact, which the operator accepts knowingly.
     *
     * @return whether the partition was halted
     */
    public boolean parkAndResume(TopicPartition partition) {
        Halt halt = halted.get(partition);
        MessageListenerContainer container = containers.get(partition);
        if (halt == null || container == null) {
            return false;
        }
        toPark.put(partition, halt.offset());
        log.warn("an operator parks {}@{} ({}) and resumes the partition", partition, halt.offset(), halt.what());
        container.resumePartition(partition);
        return true;
    }

    @Override
    public Health health() {
        if (halted.isEmpty()) {
            return Health.up().build();
        }
        Health.Builder down = Health.down();
        halted.values().forEach(h -> down.withDetail(h.partition().toString(), h.what() + " at offset " + h.offset()));
        return down.build();
    }
}
