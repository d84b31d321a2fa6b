package nl.samenspel.partners.network;

import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.Ring;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator moves a member to the other ring. */
public record MoveMember(@TargetAggregateIdentifier NetworkId networkId, OrganisationId organisationId, Ring toRing,
        Actor actor) {
}
