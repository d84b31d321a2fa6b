package nl.samenspel.cases.referral;

import nl.samenspel.cases.Party;
import nl.samenspel.cases.casefile.AddCaseTeamMember;
import nl.samenspel.cases.deadline.DeadlineId;
import nl.samenspel.cases.deadline.DeadlineKind;
import nl.samenspel.cases.deadline.MeetDeadline;
import nl.samenspel.cases.deadline.ScheduleDeadline;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ReferralTarget;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * An organisation that accepts a referral is deployed on the case. A network that accepts takes the case in as its
 * own and joins no team here. The answer is watched from the referral until it is accepted or declined. Waits for
 * each command, so a failure stops the processor and is retried. A policy acts on new events only, never on a
 * replay, which would send old decisions again; and every command it sends changes nothing when it is sent twice or
 * meets a deadline never scheduled, so a retry cannot stop it.
 */
@Component
@DisallowReplay
@ProcessingGroup("referral-policy")
class ReferralPolicy {

    private final CommandGateway commands;

    ReferralPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    /** A self-help group never answers, so its referral has no answer date and nothing to watch. */
    @EventHandler
    void on(ReferralMade event) {
        if (event.answerDueOn() != null) {
            commands.sendAndWait(new ScheduleDeadline(answer(event.referralId()), event.caseId(), event.networkId(),
                    event.targetId(), event.answerDueOn()));
        }
    }

    @EventHandler
    void on(ReferralAccepted event) {
        commands.sendAndWait(new MeetDeadline(answer(event.referralId())));
        if (event.target() == ReferralTarget.ORGANISATION) {
            commands.sendAndWait(new AddCaseTeamMember(event.caseId(),
                    Party.organisation(OrganisationId.of(event.targetId()))));
        }
    }

    @EventHandler
    void on(ReferralDeclined event) {
        commands.sendAndWait(new MeetDeadline(answer(event.referralId())));
    }

    private static DeadlineId answer(ReferralId referral) {
        return DeadlineId.of(DeadlineKind.REFERRAL_ANSWER, referral.value());
    }
}
