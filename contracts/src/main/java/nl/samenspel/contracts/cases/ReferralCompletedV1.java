package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * The help a referral asked for was given.
 *
 * @param caseId      the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId   the network the case runs in
 * @param referralId  the referral
 * @param targetId    the organisation or network referred to
 * @param completedAt when
 */
@CloudEventType(value = "nl.samenspel.case.referral-completed", schemaVersion = 1)
public record ReferralCompletedV1(
        String caseId,
        String networkId,
        String referralId,
        String targetId,
        Instant completedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
