package nl.samenspel.partners.network;

import nl.samenspel.contracts.NetworkId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace a network's configuration whole. */
public record ConfigureNetwork(@TargetAggregateIdentifier NetworkId networkId, NetworkConfiguration configuration,
        Actor actor) {
}
