package nl.samenspel.partners.network;

import java.time.Instant;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;

/** An informal party takes part through the network's informal representative instead of sitting in a ring. */
public record InformalPartyRepresented(NetworkId networkId, OrganisationId organisationId, PersonId representativeId,
        Instant representedSince) {
}
