package nl.samenspel.partners.volunteering;

import nl.samenspel.contracts.AgreementId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change how many cases or hours per week the volunteer takes on at most, in the agreement's unit. */
public record SetCapacity(@TargetAggregateIdentifier AgreementId agreementId, int capacity, Actor actor) {
}
