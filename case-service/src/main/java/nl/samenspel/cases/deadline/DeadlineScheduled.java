package nl.samenspel.cases.deadline;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.NetworkId;

/** A case deadline is watched; the deadline process fires at {@code firesAt} unless it is met first. */
public record DeadlineScheduled(
        DeadlineId deadlineId,
        CaseId caseId,
        NetworkId networkId,
        String counterpartId,
        LocalDate dueOn,
        Instant firesAt,
        Instant scheduledAt) {
}
