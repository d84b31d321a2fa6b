package nl.samenspel.cases.casefile;

import java.util.List;
import java.util.Optional;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;

/**
 * What a case needs to know of its network when it decides: how it is configured. Who may act on a case is
 * {@code CasePermissions}'. A port, so the aggregate stays free of partner-facts' SQL and fixtures can hand in a fixed
 * network.
 */
public interface NetworkRules {

    /** Empty for a network this service does not know. */
    Optional<Network> find(NetworkId networkId);

    /**
     * @param allowedLegalBases   the legal bases a case may be opened on; empty until the network is configured
     * @param informalOptionFirst whether the informal option must be assessed before formal help
     */
    record Network(Optional<OrganisationId> coordinator, List<LegalBasis> allowedLegalBases,
            boolean informalOptionFirst) {
    }
}
