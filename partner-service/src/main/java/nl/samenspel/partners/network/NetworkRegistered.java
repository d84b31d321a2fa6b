package nl.samenspel.partners.network;

import java.time.Instant;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationId;

/** A network was registered. */
public record NetworkRegistered(
        NetworkId networkId,
        String name,
        NetworkType type,
        String municipalityCode,
        OrganisationId coordinatorOrganisation,
        Instant registeredAt) {
}
