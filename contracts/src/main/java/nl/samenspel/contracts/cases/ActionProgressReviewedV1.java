package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.ActionStatus;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * The progress of an agreed action was reviewed.
 *
 * @param caseId     the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId  the network the case runs in
 * @param actionId   the action
 * @param status     where it stands
 * @param reviewedAt when
 */
@CloudEventType(value = "nl.samenspel.case.action-progress-reviewed", schemaVersion = 1)
public record ActionProgressReviewedV1(
        String caseId,
        String networkId,
        String actionId,
        ActionStatus status,
        Instant reviewedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
