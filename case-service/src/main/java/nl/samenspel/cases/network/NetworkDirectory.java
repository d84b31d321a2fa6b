package nl.samenspel.cases.network;

import nl.samenspel.cases.signal.KnownNetworks;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.partnerfacts.PartnerNetworks;
import org.springframework.stereotype.Component;

/** The networks partner-service registered, from case-service's own copy of partner facts. */
@Component
class NetworkDirectory implements KnownNetworks {

    private final PartnerNetworks networks;

    NetworkDirectory(PartnerNetworks networks) {
        this.networks = networks;
    }

    @Override
    public boolean contains(NetworkId networkId) {
        return networks.isKnown(networkId);
    }
}
