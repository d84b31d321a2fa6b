package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * The receiving party returned feedback to the one who handed over. The feedback text stays in case-service.
 *
 * @param caseId     the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId  the network the case runs in
 * @param handoverId the handover
 * @param toId       the receiving party
 * @param returnedAt when
 */
@CloudEventType(value = "nl.samenspel.case.handover-feedback-returned", schemaVersion = 1)
public record HandoverFeedbackReturnedV1(
        String caseId,
        String networkId,
        String handoverId,
        String toId,
        Instant returnedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
