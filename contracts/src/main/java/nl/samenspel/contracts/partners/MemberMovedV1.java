package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.Ring;

/**
 * A member organisation moved between the core and the outer ring of a network.
 *
 * @param networkId      the network, also the subject
 * @param organisationId the member
 * @param fromRing       the ring it left
 * @param toRing         the ring it is in now
 * @param movedAt        when
 */
@CloudEventType(value = "nl.samenspel.partner.member-moved", schemaVersion = 1)
public record MemberMovedV1(
        String networkId,
        String organisationId,
        Ring fromRing,
        Ring toRing,
        Instant movedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return networkId;
    }
}
