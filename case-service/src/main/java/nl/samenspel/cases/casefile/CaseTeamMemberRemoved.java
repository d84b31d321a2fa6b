package nl.samenspel.cases.casefile;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.NetworkId;

/** A party left the case team. */
public record CaseTeamMemberRemoved(CaseId caseId, NetworkId networkId, Party party, Instant removedAt) {
}
