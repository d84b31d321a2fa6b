package nl.samenspel.partners.volunteering;

import nl.samenspel.contracts.AgreementId;
import nl.samenspel.partners.people.Requester;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coach or a coordinator clears the volunteer's overload flag. */
public record ClearOverloadFlag(@TargetAggregateIdentifier AgreementId agreementId, Requester requester) {
}
