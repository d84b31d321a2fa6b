package nl.samenspel.partners.volunteering;

import nl.samenspel.contracts.AgreementId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coach or a coordinator clears the volunteer's overload flag. */
public record ClearOverloadFlag(@TargetAggregateIdentifier AgreementId agreementId, Actor actor) {
}
