package nl.samenspel.cases.casefile;

import java.time.Instant;
import nl.samenspel.contracts.Outcome;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.NetworkId;

/** The follow-up review after closure was held. */
public record FollowUpReviewed(CaseId caseId, NetworkId networkId, Outcome outcome, Instant reviewedAt) {
}
