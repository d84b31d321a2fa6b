package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * The receiving party declined a handover, with a reason.
 *
 * @param caseId     the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId  the network the case runs in
 * @param handoverId the handover
 * @param toId       the receiving party
 * @param reason     why
 * @param declinedAt when
 */
@CloudEventType(value = "nl.samenspel.case.handover-declined", schemaVersion = 1)
public record HandoverDeclinedV1(
        String caseId,
        String networkId,
        String handoverId,
        String toId,
        DeclineReason reason,
        Instant declinedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
