package nl.samenspel.cases.signal;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.NetworkId;

/** The signaller's feedback was not recorded by its due date. Recorded once per signal. */
public record SignalFeedbackOverdue(SignalId signalId, NetworkId networkId, LocalDate dueOn, Instant overdueAt) {
}
