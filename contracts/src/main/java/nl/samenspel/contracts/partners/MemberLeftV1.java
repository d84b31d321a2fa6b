package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.LeaveReason;
import nl.samenspel.contracts.Ring;

/**
 * An organisation left a network, with a reason. Its covenant for the network ends with its membership.
 *
 * @param networkId      the network, also the subject
 * @param organisationId the former member
 * @param ring           the ring it was in
 * @param reason         why it left
 * @param leftAt         when
 */
@CloudEventType(value = "nl.samenspel.partner.member-left", schemaVersion = 1)
public record MemberLeftV1(
        String networkId,
        String organisationId,
        Ring ring,
        LeaveReason reason,
        Instant leftAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return networkId;
    }
}
