package nl.samenspel.cases.deadline;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the deadline process when the moment passed; nothing happens if the deadline was met in time.
 *
 * @param firesAt the moment the process was watching for: a review date moved since makes this a stale firing,
 *                which changes nothing; null from a process started before it carried one
 */
public record MarkDeadlineMissed(@TargetAggregateIdentifier DeadlineId deadlineId, Instant firesAt) {
}
