package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.LegalBasis;

/**
 * The receiving party accepted a referral.
 *
 * @param caseId     the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId  the network the case runs in
 * @param referralId the referral
 * @param targetId   the organisation or network referred to
 * @param legalBasis the legal basis that allowed sharing the case with the receiving party (R1)
 * @param consentId  the consent relied on, when the basis is consent and one is recorded; otherwise null
 * @param acceptedAt when
 */
@CloudEventType(value = "nl.samenspel.case.referral-accepted", schemaVersion = 1)
public record ReferralAcceptedV1(
        String caseId,
        String networkId,
        String referralId,
        String targetId,
        LegalBasis legalBasis,
        String consentId,
        Instant acceptedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
