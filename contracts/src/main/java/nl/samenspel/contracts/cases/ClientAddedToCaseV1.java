package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A family member became a client of the same case: one family, one plan.
 *
 * @param caseId    the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId the network the case runs in
 * @param clientId  pseudonymous id of the added client
 * @param addedAt   when
 */
@CloudEventType(value = "nl.samenspel.case.client-added-to-case", schemaVersion = 1)
public record ClientAddedToCaseV1(
        String caseId,
        String networkId,
        String clientId,
        Instant addedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
