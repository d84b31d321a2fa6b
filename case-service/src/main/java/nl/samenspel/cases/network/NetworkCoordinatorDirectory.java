package nl.samenspel.cases.network;

import java.util.Optional;
import nl.samenspel.cases.signal.NetworkCoordinators;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.partnerfacts.PartnerNetworks;
import org.springframework.stereotype.Component;

/** Network coordinators as partner-service registered them, from case-service's own copy of partner facts. */
@Component
class NetworkCoordinatorDirectory implements NetworkCoordinators {

    private final PartnerNetworks networks;

    NetworkCoordinatorDirectory(PartnerNetworks networks) {
        this.networks = networks;
    }

    @Override
    public Optional<OrganisationId> coordinatorOf(NetworkId networkId) {
        return networks.find(networkId).flatMap(PartnerNetworks.Network::coordinatorOrganisation);
    }
}
