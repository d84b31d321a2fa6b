package nl.samenspel.partnerfacts.access;

import nl.samenspel.contracts.NetworkId;

/**
 * The one question asked before a case's personal data goes to a party: may this organisation or person
 * receive it in this network? Decided on the service's local copy of partner-service's facts, never by a call
 * to partner-service. See {@link AccessRules} for the rules.
 */
public interface PartyAccess {

    AccessDecision decide(NetworkId network, Recipient recipient, Deployment deployment);

    /** For a party not deployed on the case (or outside any case): outer-ring members are refused. */
    default AccessDecision decide(NetworkId network, Recipient recipient) {
        return decide(network, recipient, Deployment.NONE);
    }
}
