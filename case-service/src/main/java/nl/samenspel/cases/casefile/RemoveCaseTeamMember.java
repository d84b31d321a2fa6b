package nl.samenspel.cases.casefile;

import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator takes a party off a case; the lead and owners of open actions stay. */
public record RemoveCaseTeamMember(@TargetAggregateIdentifier CaseId caseId, Party party, Actor actor) {
}
