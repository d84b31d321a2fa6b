package nl.samenspel.partners.network;

import java.time.Instant;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.Ring;

/** An invited organisation joined the network in a ring. */
public record MemberJoined(NetworkId networkId, OrganisationId organisationId, Ring ring, Instant joinedAt) {
}
