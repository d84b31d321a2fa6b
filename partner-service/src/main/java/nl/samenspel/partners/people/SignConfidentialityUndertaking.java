package nl.samenspel.partners.people;

import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An informal helper signs a personal confidentiality undertaking for a network (R3). */
public record SignConfidentialityUndertaking(
        @TargetAggregateIdentifier PersonId personId,
        NetworkId networkId,
        Actor actor) {
}
