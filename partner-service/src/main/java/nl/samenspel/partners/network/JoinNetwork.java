package nl.samenspel.partners.network;

import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An invited organisation joins the ring it was invited into. */
public record JoinNetwork(@TargetAggregateIdentifier NetworkId networkId, OrganisationId organisationId, Actor actor) {
}
