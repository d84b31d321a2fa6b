package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.Outcome;

/**
 * The case's plan was reviewed as a whole.
 *
 * @param caseId       the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId    the network the case runs in
 * @param outcome      how the situation develops
 * @param nextReviewOn the next review, or null
 * @param reviewedAt   when
 */
@CloudEventType(value = "nl.samenspel.case.progress-reviewed", schemaVersion = 1)
public record ProgressReviewedV1(
        String caseId,
        String networkId,
        Outcome outcome,
        LocalDate nextReviewOn,
        Instant reviewedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
