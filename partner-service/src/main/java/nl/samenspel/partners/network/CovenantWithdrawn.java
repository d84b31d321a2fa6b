package nl.samenspel.partners.network;

import java.time.Instant;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;

/** A member organisation withdrew from the network's privacy covenant. */
public record CovenantWithdrawn(NetworkId networkId, OrganisationId organisationId, Instant withdrawnAt) {
}
