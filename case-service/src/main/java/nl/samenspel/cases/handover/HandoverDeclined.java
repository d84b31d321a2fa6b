package nl.samenspel.cases.handover;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.NetworkId;

public record HandoverDeclined(HandoverId handoverId, CaseId caseId, NetworkId networkId, Party to,
        DeclineReason reason, Instant declinedAt) {
}
