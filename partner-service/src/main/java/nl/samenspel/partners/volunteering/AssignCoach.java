package nl.samenspel.partners.volunteering;

import nl.samenspel.contracts.AgreementId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assign a professional as the volunteer's coach, replacing any earlier coach. */
public record AssignCoach(@TargetAggregateIdentifier AgreementId agreementId, PersonId coachId, Actor actor) {
}
