package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.Ring;

/**
 * A network's coordinator invited an organisation into the core or the outer ring.
 *
 * @param networkId      the network, also the subject
 * @param organisationId the invited organisation
 * @param ring           the ring it is invited into
 * @param invitedAt      when
 */
@CloudEventType(value = "nl.samenspel.partner.organisation-invited", schemaVersion = 1)
public record OrganisationInvitedV1(
        String networkId,
        String organisationId,
        Ring ring,
        Instant invitedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return networkId;
    }
}
