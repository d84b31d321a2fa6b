package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A handover was not accepted or declined by its due date. Sent once by case-service's deadline process.
 *
 * @param caseId      the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId   the network the case runs in
 * @param handoverId  the handover
 * @param toId        the receiving party
 * @param acceptDueOn when acceptance was due
 * @param overdueAt   when the deadline passed
 */
@CloudEventType(value = "nl.samenspel.case.handover-acceptance-overdue", schemaVersion = 1)
public record HandoverAcceptanceOverdueV1(
        String caseId,
        String networkId,
        String handoverId,
        String toId,
        LocalDate acceptDueOn,
        Instant overdueAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
