package nl.samenspel.cases.signal;

import nl.samenspel.contracts.NetworkId;

/**
 * The networks case-service knows from partner-service's events. Deciding on a local projection
 * keeps a signal from depending on partner-service being up.
 */
public interface KnownNetworks {

    boolean contains(NetworkId networkId);
}
