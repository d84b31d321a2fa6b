package nl.samenspel.cases.casefile;

import java.util.List;
import java.util.Optional;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;

/**
 * What a case needs to know of its network when it decides: who coordinates it, how it is configured, and
 * whether a party may be deployed on a case in it (R3 covenant or undertaking, R4 ring). A port, so the
 * aggregate stays free of partner-facts' SQL and fixtures can hand in a fixed network.
 */
public interface NetworkRules {

    /** Empty for a network this service does not know. */
    Optional<Network> find(NetworkId networkId);

    /** Empty when the party may join a case team in the network; otherwise why not. */
    Optional<Refused> refusalToDeploy(NetworkId networkId, Party party);

    /**
     * @param allowedLegalBases   the legal bases a case may be opened on; empty until the network is configured
     * @param informalOptionFirst whether the informal option must be assessed before formal help
     */
    record Network(Optional<OrganisationId> coordinator, List<LegalBasis> allowedLegalBases,
            boolean informalOptionFirst) {
    }

    /** @param code a kebab-case problem type, e.g. {@code no-covenant} */
    record Refused(String code, String explanation) {
    }
}
