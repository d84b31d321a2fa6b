package nl.samenspel.cases.referral;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.NetworkId;

public record ReferralCompleted(ReferralId referralId, CaseId caseId, NetworkId networkId, String targetId,
        Instant completedAt) {
}
