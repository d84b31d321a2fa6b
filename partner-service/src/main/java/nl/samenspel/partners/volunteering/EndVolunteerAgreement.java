package nl.samenspel.partners.volunteering;

import nl.samenspel.contracts.AgreementId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End the agreement today, before its end date. */
public record EndVolunteerAgreement(@TargetAggregateIdentifier AgreementId agreementId, Actor actor) {
}
