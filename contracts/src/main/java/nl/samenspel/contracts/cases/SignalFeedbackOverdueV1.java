package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A signaller's feedback was not given by its due date. Sent once per signal by case-service's deadline
 * process.
 *
 * @param signalId  the signal, also the subject
 * @param networkId the network
 * @param dueOn     when the feedback was due
 * @param overdueAt when the deadline passed
 */
@CloudEventType(value = "nl.samenspel.case.signal-feedback-overdue", schemaVersion = 1)
public record SignalFeedbackOverdueV1(
        String signalId,
        String networkId,
        LocalDate dueOn,
        Instant overdueAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return signalId;
    }
}
