package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.Outcome;

/**
 * The follow-up review after closure looked at the client's situation again.
 *
 * @param caseId     the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId  the network the case runs in
 * @param outcome    the situation at the review
 * @param reviewedAt when
 */
@CloudEventType(value = "nl.samenspel.case.follow-up-reviewed", schemaVersion = 1)
public record FollowUpReviewedV1(
        String caseId,
        String networkId,
        Outcome outcome,
        Instant reviewedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
