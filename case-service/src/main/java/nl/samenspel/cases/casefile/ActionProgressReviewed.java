package nl.samenspel.cases.casefile;

import java.time.Instant;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.ActionStatus;
import nl.samenspel.contracts.NetworkId;

/** Where an action stands was reviewed. */
public record ActionProgressReviewed(CaseId caseId, NetworkId networkId, ActionId actionId, ActionStatus status, Instant reviewedAt) {
}
