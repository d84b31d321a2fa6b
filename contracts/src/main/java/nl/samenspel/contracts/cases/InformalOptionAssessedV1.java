package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.FormalHelpReason;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * Before formal help was deployed, the informal option was assessed ("voluntary where possible, professional
 * where needed"). Choosing formal help only carries its reason.
 *
 * @param caseId           the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId        the network the case runs in
 * @param outcome          what was chosen
 * @param formalHelpReason why formal help only; null otherwise
 * @param mandatory        whether the network requires this assessment first
 * @param assessedAt       when
 */
@CloudEventType(value = "nl.samenspel.case.informal-option-assessed", schemaVersion = 1)
public record InformalOptionAssessedV1(
        String caseId,
        String networkId,
        InformalOptionOutcome outcome,
        FormalHelpReason formalHelpReason,
        boolean mandatory,
        Instant assessedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
