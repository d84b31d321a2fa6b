package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * The receiving party declined a referral, with a reason.
 *
 * @param caseId     the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId  the network the case runs in
 * @param referralId the referral
 * @param targetId   the organisation or network referred to
 * @param reason     why
 * @param declinedAt when
 */
@CloudEventType(value = "nl.samenspel.case.referral-declined", schemaVersion = 1)
public record ReferralDeclinedV1(
        String caseId,
        String networkId,
        String referralId,
        String targetId,
        DeclineReason reason,
        Instant declinedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
