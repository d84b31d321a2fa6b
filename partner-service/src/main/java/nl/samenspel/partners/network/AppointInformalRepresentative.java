package nl.samenspel.partners.network;

import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Appoint the person who speaks for informal parties in a network, replacing any earlier one. */
public record AppointInformalRepresentative(@TargetAggregateIdentifier NetworkId networkId, PersonId personId,
        Actor actor) {
}
