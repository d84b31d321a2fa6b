package nl.samenspel.partners.access;

import java.util.Set;
import nl.samenspel.contracts.OrganisationId;

/**
 * Which organisations take part in the networks an organisation coordinates: as a member in either ring, or as an
 * informal party the network's representative speaks for. A coordinator administers the people of these and of
 * their own organisation, and of no other.
 *
 * <p>Answered from the network read model, which may lag a moment behind a join: until it has caught up, the
 * coordinator is refused rather than let through.
 */
@FunctionalInterface
public interface NetworkReach {

    Set<OrganisationId> takingPartInNetworksCoordinatedBy(OrganisationId coordinatingOrganisation);
}
