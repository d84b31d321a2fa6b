package nl.samenspel.partners.people;

import nl.samenspel.contracts.PersonId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Links the login a person signs in with, or replaces the one linked before. */
public record LinkPersonAccount(
        @TargetAggregateIdentifier PersonId personId,
        String accountId,
        Actor actor) {
}
