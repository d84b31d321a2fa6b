package nl.samenspel.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.Outcome;

/** The plan was reviewed. */
public record ProgressReviewed(CaseId caseId, NetworkId networkId, Outcome outcome, LocalDate nextReviewOn, Instant reviewedAt) {
}
