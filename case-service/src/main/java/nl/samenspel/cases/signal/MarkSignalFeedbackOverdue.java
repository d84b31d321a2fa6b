package nl.samenspel.cases.signal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the deadline process when the feedback due date passed; nothing happens if feedback came first. */
public record MarkSignalFeedbackOverdue(@TargetAggregateIdentifier SignalId signalId) {
}
