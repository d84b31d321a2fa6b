package nl.samenspel.cases.casefile;

import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.FormalHelpReason;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assess the informal option first; choosing formal help only needs its reason. */
public record AssessInformalOption(@TargetAggregateIdentifier CaseId caseId, InformalOptionOutcome outcome, FormalHelpReason formalHelpReason, Actor actor) {
}
