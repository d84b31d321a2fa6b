package nl.samenspel.partners.network;

import java.time.Instant;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;

/**
 * An organisation was invited into a ring. Its party kind and sector are kept with the invitation: the ring rules
 * are checked again on every join, move and reconfiguration, and an organisation's kind never changes.
 */
public record OrganisationInvited(NetworkId networkId, OrganisationId organisationId, Ring ring,
        boolean informalParty, Sector sector, Instant invitedAt) {
}
