package nl.samenspel.cases.casefile;

import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator deploys a party on a case; unlike {@link AddCaseTeamMember} a member already in is refused. */
public record AssignToCaseTeam(@TargetAggregateIdentifier CaseId caseId, Party party, Actor actor) {
}
