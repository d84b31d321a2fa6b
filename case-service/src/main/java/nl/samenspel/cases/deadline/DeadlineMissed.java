package nl.samenspel.cases.deadline;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.NetworkId;

/**
 * The deadline passed unmet: a referral or handover went unanswered, or a review date arrived. Published as
 * ReferralAnswerOverdueV1, HandoverAcceptanceOverdueV1 or AftercareReviewDueV1.
 *
 * @param passedAt the moment it passed (the scheduled firing moment, not when the process got to it)
 */
public record DeadlineMissed(
        DeadlineId deadlineId,
        CaseId caseId,
        NetworkId networkId,
        String counterpartId,
        LocalDate dueOn,
        Instant passedAt) {
}
