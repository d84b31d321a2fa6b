package nl.samenspel.partners.network;

import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A member organisation withdraws its signature from the network's privacy covenant. */
public record WithdrawFromCovenant(@TargetAggregateIdentifier NetworkId networkId, OrganisationId organisationId,
        Actor actor) {
}
