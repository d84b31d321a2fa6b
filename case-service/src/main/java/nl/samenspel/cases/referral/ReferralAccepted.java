package nl.samenspel.cases.referral;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.ReferralTarget;

/** The receiving party accepted; carries the target so the policy can deploy an organisation on the case. */
public record ReferralAccepted(ReferralId referralId, CaseId caseId, NetworkId networkId, ReferralTarget target,
        String targetId, LegalBasis legalBasis, String consentId, Instant acceptedAt) {
}
