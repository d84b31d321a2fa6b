package nl.samenspel.shared.deadletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What is parked in the service's dead-letter queues, and the two ways out: retry (the handler runs again, in
 * order, for each parked sequence; what succeeds leaves the queue) and evict (give up on the letters; the read
 * model then lacks those events until it is rebuilt). Descriptions carry ids, type names and times only, never
 * an event's payload: payloads can hold personal data and the queue's readers are operators, not case workers.
 */
public class ParkedLetters {

    /** The most letters one listing shows per group; counts are always complete. */
    static final int LISTED_PER_GROUP = 100;

    private final DeadLetterQueues queues;
    private final EventProcessingConfiguration processing;
    private final TransactionTemplate transaction;

    public ParkedLetters(DeadLetterQueues queues, EventProcessingConfiguration processing,
            TransactionTemplate transaction) {
        this.queues = queues;
        this.processing = processing;
        this.transaction = transaction;
    }

    public List<String> groups() {
        return queues.groups();
    }

    public boolean hasGroup(String group) {
        return queues.groups().contains(group);
    }

    public long parked(String group) {
        return queue(group).size();
    }

    public Map<String, Long> parkedPerGroup() {
        Map<String, Long> counts = new LinkedHashMap<>();
        groups().forEach(group -> counts.put(group, parked(group)));
        return counts;
    }

    public long parkedInTotal() {
        return parkedPerGroup().values().stream().mapToLong(Long::longValue).sum();
    }

    public GroupLetters describe(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        List<Letter> letters = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letters.size() == LISTED_PER_GROUP) {
                    break;
                }
                letters.add(Letter.of(letter));
            }
        }
        return new GroupLetters(group, queue.size(), queue.amountOfSequences(), letters);
    }

    /**
     * Runs the handlers again for every sequence parked now, each from its oldest letter on. A sequence that fails
     * again stays parked (with the new cause) and does not stop the others.
     */
    public Retry retry(String group) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new UnknownGroup());
        // A sequence is claimed through its oldest letter; the rest of it follows in order.
        List<String> firstEvents = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(group).deadLetters()) {
            Iterator<DeadLetter<? extends EventMessage<?>>> letters = sequence.iterator();
            if (letters.hasNext()) {
                firstEvents.add(letters.next().message().getIdentifier());
            }
        }
        int cleared = 0;
        for (String firstEvent : firstEvents) {
            if (processor.process(letter -> letter.message().getIdentifier().equals(firstEvent))) {
                cleared++;
            }
        }
        return new Retry(group, firstEvents.size(), cleared, parked(group));
    }

    /** Removes every letter of the group. */
    public long evict(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        return transaction.execute(status -> {
            long parked = queue.size();
            queue.clear();
            return parked;
        });
    }

    /** Removes the letters of one sequence (one aggregate) of the group. */
    public long evict(String group, String sequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        return transaction.execute(status -> {
            long evicted = 0;
            for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequence)) {
                queue.evict(letter);
                evicted++;
            }
            return evicted;
        });
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        if (!hasGroup(group)) {
            throw new UnknownGroup();
        }
        return processing.deadLetterQueue(group).orElseThrow(() -> new UnknownGroup());
    }

    /** One parked event, described without its payload. */
    public record Letter(String id, String sequence, Long sequenceIndex, String eventId, String eventType,
            String causeType, Instant enqueuedAt, Instant lastTouched) {

        static Letter of(DeadLetter<? extends EventMessage<?>> letter) {
            JdbcDeadLetter<?> stored = letter instanceof JdbcDeadLetter<?> jdbc ? jdbc : null;
            return new Letter(stored == null ? null : stored.getIdentifier(),
                    stored == null ? null : stored.getSequenceIdentifier(),
                    stored == null ? null : stored.getSequenceIndex(),
                    letter.message().getIdentifier(),
                    letter.message().getPayloadType().getSimpleName(),
                    letter.cause().map(Cause::type).orElse(null),
                    letter.enqueuedAt(), letter.lastTouched());
        }
    }

    public record GroupLetters(String group, long parked, long sequences, List<Letter> letters) {
    }

    public record Retry(String group, int sequencesRetried, int sequencesCleared, long stillParked) {
    }

    /** No processing group of this name has a dead-letter queue. The name is not repeated: it is request input. */
    public static final class UnknownGroup extends RuntimeException {
        UnknownGroup() {
            super("no dead-letter queue for this processing group");
        }
    }
}
