package nl.samenspel.cases.casefile;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.NetworkId;

/** A party joined the case team, and so is deployed on the case (R4). */
public record CaseTeamMemberAdded(CaseId caseId, NetworkId networkId, Party party, Instant addedAt) {
}
