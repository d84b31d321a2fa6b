package nl.samenspel.partners.volunteering;

import nl.samenspel.contracts.AgreementId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coach flags the volunteer as overloaded, whatever the recorded load says. */
public record RaiseOverloadFlag(@TargetAggregateIdentifier AgreementId agreementId, Actor actor) {
}
