package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * The coordinator told the signaller what happened with their signal, as every signaller is owed. The feedback
 * text stays in case-service.
 *
 * @param signalId   the signal, also the subject
 * @param networkId  the network
 * @param dueOn      when the feedback was due
 * @param recordedAt when the feedback was given
 */
@CloudEventType(value = "nl.samenspel.case.signal-feedback-recorded", schemaVersion = 1)
public record SignalFeedbackRecordedV1(
        String signalId,
        String networkId,
        LocalDate dueOn,
        Instant recordedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return signalId;
    }
}
