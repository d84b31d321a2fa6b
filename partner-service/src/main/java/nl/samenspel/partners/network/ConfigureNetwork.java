package nl.samenspel.partners.network;

import nl.samenspel.contracts.NetworkId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace a network's configuration whole. */
public record ConfigureNetwork(@TargetAggregateIdentifier NetworkId networkId, NetworkConfiguration configuration) {
}
