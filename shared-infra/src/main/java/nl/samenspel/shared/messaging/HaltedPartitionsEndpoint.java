package nl.samenspel.shared.messaging;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /actuator/haltedpartitions}: the Kafka partitions a consumer stopped on a fact that decides access and
 * that it cannot read ({@link HaltedPartitions}), and the operator's way on when no release will read it. Only a
 * platform operator may use it ({@code ManagementSecurity}); it shows places, types and versions, never data.
 * <ul>
 *   <li>{@code GET /actuator/haltedpartitions}: every halted partition, where and on what</li>
 *   <li>{@code POST /actuator/haltedpartitions/{topic-partition}} (e.g. {@code samenspel.partner.events-3}): park
 *   the fact on the dead-letter topic and go on after it; access stays as it was before that fact</li>
 * </ul>
 */
@Endpoint(id = HaltedPartitionsEndpoint.ID)
public class HaltedPartitionsEndpoint {

    public static final String ID = "haltedpartitions";

    private final HaltedPartitions halted;

    public HaltedPartitionsEndpoint(HaltedPartitions halted) {
        this.halted = halted;
    }

    public record HaltedPartition(String partition, long offset, String what, String consumerGroup) {
    }

    @ReadOperation
    public Map<String, List<HaltedPartition>> all() {
        return Map.of("halted", halted.all().values().stream()
                .sorted(Comparator.comparing(h -> h.partition().toString()))
                .map(h -> new HaltedPartition(h.partition().toString(), h.offset(), h.what(), h.consumerGroup()))
                .toList());
    }

    @WriteOperation
    public Map<String, Object> parkAndResume(@Selector String partition) {
        TopicPartition place = parse(partition);
        long offset = halted.halt(place).map(HaltedPartitions.Halt::offset)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "partition is not halted"));
        if (!halted.parkAndResume(place)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "partition is not halted");
        }
        return Map.of("parked", place.toString(), "offset", offset);
    }

    /** {@code topic-partition}, as Kafka writes a TopicPartition; topic names may hold dashes themselves. */
    static TopicPartition parse(String partition) {
        int dash = partition.lastIndexOf('-');
        if (dash <= 0 || dash == partition.length() - 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "partition: expected topic-number");
        }
        try {
            int number = Integer.parseInt(partition.substring(dash + 1));
            if (number < 0) {
                throw new NumberFormatException();
            }
            return new TopicPartition(partition.substring(0, dash), number);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "partition: expected topic-number");
        }
    }
}
