package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * An aftercare or follow-up review date arrived. Sent once per date by case-service's deadline process.
 *
 * @param caseId       the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId    the network the case runs in
 * @param reviewOn     the review date
 * @param afterClosure whether it is the follow-up review after closure
 * @param dueAt        when it fell due
 */
@CloudEventType(value = "nl.samenspel.case.aftercare-review-due", schemaVersion = 1)
public record AftercareReviewDueV1(
        String caseId,
        String networkId,
        LocalDate reviewOn,
        boolean afterClosure,
        Instant dueAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
