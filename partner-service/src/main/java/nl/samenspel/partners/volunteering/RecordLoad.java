package nl.samenspel.partners.volunteering;

import nl.samenspel.contracts.AgreementId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record how many cases or hours per week the volunteer carries now, in the agreement's unit. */
public record RecordLoad(@TargetAggregateIdentifier AgreementId agreementId, int load, Actor actor) {
}
