package nl.samenspel.cases.handover;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.NetworkId;

/** Feedback was returned; its text is sealed by the vault before it is stored, so it never lands in clear. */
public record HandoverFeedbackReturned(HandoverId handoverId, CaseId caseId, NetworkId networkId, Party to,
        Sealed feedback, Instant returnedAt) {
}
