package nl.samenspel.cases.deadline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the deadline process when the moment passed; nothing happens if the deadline was met in time. */
public record MarkDeadlineMissed(@TargetAggregateIdentifier DeadlineId deadlineId) {
}
