package nl.samenspel.cases.signal;

import java.util.Optional;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;

/**
 * Which organisation coordinates a network, from case-service's local partner facts. Signals and consultative
 * questions are answered by the coordinator only; deciding on the local copy keeps them independent of
 * partner-service being up.
 */
public interface NetworkCoordinators {

    /** Empty for an unknown network, or one registered before partner facts kept its coordinator. */
    Optional<OrganisationId> coordinatorOf(NetworkId networkId);

    default boolean isCoordinator(NetworkId networkId, OrganisationId organisation) {
        return organisation != null && coordinatorOf(networkId).filter(organisation::equals).isPresent();
    }
}
