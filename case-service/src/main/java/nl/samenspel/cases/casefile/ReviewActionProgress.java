package nl.samenspel.cases.casefile;

import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.ActionStatus;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record where an agreed action stands; its owner may do so too, a volunteer included. */
public record ReviewActionProgress(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, ActionStatus status, Actor actor) {
}
