package nl.samenspel.cases.casefile;

import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Deploy a party on a case. Sent by the coordinator and by policies, e.g. when a referral or handover to the
 * party is accepted; adding a party already in the team changes nothing and is no error for a policy.
 */
public record AddCaseTeamMember(@TargetAggregateIdentifier CaseId caseId, Party party) {
}
