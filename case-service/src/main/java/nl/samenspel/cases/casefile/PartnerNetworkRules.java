package nl.samenspel.cases.casefile;

import java.util.List;
import java.util.Optional;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.partnerfacts.PartnerNetworks;
import org.springframework.stereotype.Component;

/** {@link NetworkRules} on this service's local copy of partner facts. */
@Component
class PartnerNetworkRules implements NetworkRules {

    private final PartnerNetworks networks;

    PartnerNetworkRules(PartnerNetworks networks) {
        this.networks = networks;
    }

    @Override
    public Optional<Network> find(NetworkId networkId) {
        return networks.find(networkId).map(network -> new Network(network.coordinatorOrganisation(),
                network.configuration().map(PartnerNetworks.Configuration::allowedLegalBases).orElse(List.of()),
                network.configuration().map(PartnerNetworks.Configuration::informalOptionFirst).orElse(false)));
    }
}
