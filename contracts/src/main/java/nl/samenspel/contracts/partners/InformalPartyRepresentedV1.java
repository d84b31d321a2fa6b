package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * An informal party takes part in a network through the network's informal representative instead of sitting
 * in a ring itself.
 *
 * @param networkId        the network, also the subject
 * @param organisationId   the informal party represented
 * @param representativeId the informal representative speaking for it
 * @param representedSince when
 */
@CloudEventType(value = "nl.samenspel.partner.informal-party-represented", schemaVersion = 1)
public record InformalPartyRepresentedV1(
        String networkId,
        String organisationId,
        String representativeId,
        Instant representedSince) implements IntegrationEvent {

    @Override
    public String subject() {
        return networkId;
    }
}
