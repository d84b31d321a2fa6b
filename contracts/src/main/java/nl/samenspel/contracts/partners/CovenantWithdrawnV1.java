package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * An organisation withdrew from a network's privacy covenant: from now on it receives no personal data in that
 * network.
 *
 * @param networkId      the network, also the subject
 * @param organisationId the withdrawing organisation
 * @param withdrawnAt    when
 */
@CloudEventType(value = "nl.samenspel.partner.covenant-withdrawn", schemaVersion = 1)
public record CovenantWithdrawnV1(
        String networkId,
        String organisationId,
        Instant withdrawnAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return networkId;
    }
}
