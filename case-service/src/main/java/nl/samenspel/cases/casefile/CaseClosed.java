package nl.samenspel.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.ClosureReason;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.Outcome;

/** The case was closed. */
public record CaseClosed(CaseId caseId, NetworkId networkId, ClosureReason reason, Outcome outcome, LocalDate followUpReviewOn,
        Instant closedAt) {
}
