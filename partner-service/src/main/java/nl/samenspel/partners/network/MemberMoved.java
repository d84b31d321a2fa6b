package nl.samenspel.partners.network;

import java.time.Instant;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.Ring;

/** A member moved between the core and the outer ring. */
public record MemberMoved(NetworkId networkId, OrganisationId organisationId, Ring fromRing, Ring toRing,
        Instant movedAt) {
}
