package nl.samenspel.cases.handover;

import java.time.Instant;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.HandoverSubject;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;

/** The receiving party accepted; carries what the policy needs to move the lead or the task. */
public record HandoverAccepted(HandoverId handoverId, CaseId caseId, NetworkId networkId, HandoverSubject handedOver,
        ActionId actionId, Party to, LegalBasis legalBasis, String consentId, Instant acceptedAt) {
}
