package nl.samenspel.cases.casefile;

import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.Outcome;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the follow-up review of a closed case: the one thing a closed case still takes. */
public record ReviewFollowUp(@TargetAggregateIdentifier CaseId caseId, Outcome outcome, Actor actor) {
}
