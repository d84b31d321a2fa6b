package nl.samenspel.cases.deadline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The awaited answer came (referral accepted or declined, handover accepted or declined, review held). Sent by
 * the referral, handover and case policies; meeting a deadline that was met, missed or never scheduled changes
 * nothing.
 */
public record MeetDeadline(@TargetAggregateIdentifier DeadlineId deadlineId) {
}
