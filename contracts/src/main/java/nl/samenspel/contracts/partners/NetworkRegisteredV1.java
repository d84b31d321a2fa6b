package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.NetworkType;

/**
 * A network was registered with partner-service. Other services keep it in local projections so
 * they can validate and route work without calling partner-service on every request.
 *
 * @param networkId               stable id of the network, also the CloudEvent subject
 * @param name                    display name, e.g. "OGGZ-netwerk Zuiderhaven"
 * @param type                    OGGZ or neighbourhood network
 * @param municipalityCode        CBS gemeentecode of the funding municipality, e.g. GM9901
 * @param coordinatorOrganisation organisation that runs the network
 * @param registeredAt            when it was registered
 */
@CloudEventType(value = "nl.samenspel.partner.network-registered", schemaVersion = 1)
public record NetworkRegisteredV1(
        String networkId,
        String name,
        NetworkType type,
        String municipalityCode,
        String coordinatorOrganisation,
        Instant registeredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return networkId;
    }
}
