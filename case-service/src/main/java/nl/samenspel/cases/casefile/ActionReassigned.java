package nl.samenspel.cases.casefile;

import java.time.Instant;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.NetworkId;

/** An action moved to another owner after an accepted task handover. Internal only: the handover says so publicly. */
public record ActionReassigned(CaseId caseId, NetworkId networkId, ActionId actionId, Party owner,
        String handoverId, Instant reassignedAt) {
}
