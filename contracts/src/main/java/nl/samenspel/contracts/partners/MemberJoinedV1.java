package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.Ring;

/**
 * An organisation joined a network, in the core (kern) or outer ring (schil). Membership alone does not open
 * personal data: that also takes a signed covenant (R3).
 *
 * @param networkId      the network, also the subject
 * @param organisationId the new member
 * @param ring           the ring it joined
 * @param joinedAt       when
 */
@CloudEventType(value = "nl.samenspel.partner.member-joined", schemaVersion = 1)
public record MemberJoinedV1(
        String networkId,
        String organisationId,
        Ring ring,
        Instant joinedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return networkId;
    }
}
