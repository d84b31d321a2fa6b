package nl.samenspel.cases.referral;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.NetworkId;

public record ReferralDeclined(ReferralId referralId, CaseId caseId, NetworkId networkId, String targetId,
        DeclineReason reason, Instant declinedAt) {
}
