package nl.samenspel.cases.casefile;

import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.deadline.DeadlineId;
import nl.samenspel.cases.deadline.DeadlineKind;
import nl.samenspel.cases.deadline.MeetDeadline;
import nl.samenspel.cases.deadline.ScheduleDeadline;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The review dates of a case are watched: the aftercare review from the start of aftercare until the case is
 * closed, the follow-up review from closure until it is held. Waits for each command, so a failure stops the
 * processor and is retried. A policy acts on new events only, never on a replay, which would send old decisions
 * again; and every command it sends changes nothing when it is sent twice or meets a deadline never scheduled, so a
 * retry cannot stop it.
 */
@Component
@DisallowReplay
@ProcessingGroup("case-policy")
class CasePolicy {

    private final CommandGateway commands;

    CasePolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(AftercareStarted event) {
        commands.sendAndWait(new ScheduleDeadline(review(DeadlineKind.AFTERCARE_REVIEW, event.caseId()),
                event.caseId(), event.networkId(), null, event.reviewOn()));
    }

    @EventHandler
    void on(CaseClosed event) {
        commands.sendAndWait(new MeetDeadline(review(DeadlineKind.AFTERCARE_REVIEW, event.caseId())));
        commands.sendAndWait(new ScheduleDeadline(review(DeadlineKind.FOLLOW_UP_REVIEW, event.caseId()),
                event.caseId(), event.networkId(), null, event.followUpReviewOn()));
    }

    @EventHandler
    void on(FollowUpReviewed event) {
        commands.sendAndWait(new MeetDeadline(review(DeadlineKind.FOLLOW_UP_REVIEW, event.caseId())));
    }

    private static DeadlineId review(DeadlineKind kind, CaseId caseId) {
        return DeadlineId.of(kind, caseId.value());
    }
}
