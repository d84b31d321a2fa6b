package nl.samenspel.cases.casefile;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.Outcome;

/** The follow-up review after closure was held. */
public record FollowUpReviewed(CaseId caseId, NetworkId networkId, Outcome outcome, Instant reviewedAt) {
}
