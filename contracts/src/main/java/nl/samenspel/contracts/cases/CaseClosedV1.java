package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.ClosureReason;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.Outcome;

/**
 * A case was closed with a reason and an outcome, and a follow-up review date after closure.
 *
 * @param caseId           the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId        the network the case runs in
 * @param reason           why
 * @param outcome          the client's situation at closure
 * @param followUpReviewOn when the situation is looked at again
 * @param closedAt         when
 */
@CloudEventType(value = "nl.samenspel.case.case-closed", schemaVersion = 1)
public record CaseClosedV1(
        String caseId,
        String networkId,
        ClosureReason reason,
        Outcome outcome,
        LocalDate followUpReviewOn,
        Instant closedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
