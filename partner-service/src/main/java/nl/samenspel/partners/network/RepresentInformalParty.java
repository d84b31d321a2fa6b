package nl.samenspel.partners.network;

import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator records that an informal party takes part through the informal representative. */
public record RepresentInformalParty(@TargetAggregateIdentifier NetworkId networkId, OrganisationId organisationId,
        Actor actor) {
}
