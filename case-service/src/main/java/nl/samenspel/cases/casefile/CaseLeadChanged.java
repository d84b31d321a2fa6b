package nl.samenspel.cases.casefile;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.NetworkId;

/** The case lead moved to another party after an accepted handover. Internal only: the handover's own events say so publicly. */
public record CaseLeadChanged(CaseId caseId, NetworkId networkId, Party lead, String handoverId, Instant changedAt) {
}
