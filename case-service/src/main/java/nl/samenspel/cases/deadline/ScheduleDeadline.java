package nl.samenspel.cases.deadline;

import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.NetworkId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Start watching a case deadline. Sent by the referral, handover and case policies when a referral is made
 * (answerDueOn), a handover initiated (acceptDueOn), aftercare started (reviewOn) or a case closed with a
 * follow-up review (followUpReviewOn). An answer's deadline is scheduled once, and sending it again changes nothing.
 * A review date is the case's current plan: sending another date moves the review (aftercare started again),
 * sending the same date changes nothing.
 *
 * @param counterpartId the organisation or network referred to, or the party a handover goes to; absent for
 *                      reviews
 * @param dueOn         the answer, acceptance or review date
 */
public record ScheduleDeadline(
        @TargetAggregateIdentifier DeadlineId deadlineId,
        CaseId caseId,
        NetworkId networkId,
        String counterpartId,
        LocalDate dueOn) {
}
