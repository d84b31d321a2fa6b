package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.LegalBasis;

/**
 * The receiving party accepted a handover.
 *
 * @param caseId     the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId  the network the case runs in
 * @param handoverId the handover
 * @param toId       the receiving party
 * @param legalBasis the legal basis that allowed sharing the case with the receiving party (R1)
 * @param consentId  the consent relied on, when the basis is consent and one is recorded; otherwise null
 * @param acceptedAt when
 */
@CloudEventType(value = "nl.samenspel.case.handover-accepted", schemaVersion = 1)
public record HandoverAcceptedV1(
        String caseId,
        String networkId,
        String handoverId,
        String toId,
        LegalBasis legalBasis,
        String consentId,
        Instant acceptedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
