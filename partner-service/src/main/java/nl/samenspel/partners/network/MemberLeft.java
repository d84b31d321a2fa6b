package nl.samenspel.partners.network;

import java.time.Instant;
import nl.samenspel.contracts.LeaveReason;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.Ring;

/** A member left the network; its covenant for the network ended with it. */
public record MemberLeft(NetworkId networkId, OrganisationId organisationId, Ring ring, LeaveReason reason,
        Instant leftAt) {
}
