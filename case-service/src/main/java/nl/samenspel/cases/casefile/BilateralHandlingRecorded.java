package nl.samenspel.cases.casefile;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.NetworkId;

/** Two parties handled something outside a conference. */
public record BilateralHandlingRecorded(CaseId caseId, NetworkId networkId, Party firstParty, Party secondParty, Instant recordedAt) {
}
