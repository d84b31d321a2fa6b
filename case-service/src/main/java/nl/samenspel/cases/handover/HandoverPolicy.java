package nl.samenspel.cases.handover;

import nl.samenspel.cases.casefile.ChangeCaseLead;
import nl.samenspel.cases.casefile.ReassignAction;
import nl.samenspel.cases.deadline.DeadlineId;
import nl.samenspel.cases.deadline.DeadlineKind;
import nl.samenspel.cases.deadline.MeetDeadline;
import nl.samenspel.cases.deadline.ScheduleDeadline;
import nl.samenspel.contracts.HandoverSubject;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * An accepted handover moves the case lead or the task to the receiving party; acceptance is watched from the
 * initiation until the handover is accepted or declined. Waits for each command, so a failure stops the processor
 * and is retried. A policy acts on new events only, never on a replay, which would send old decisions again; and
 * every command it sends changes nothing when it is sent twice or meets a deadline never scheduled, so a retry
 * cannot stop it.
 */
@Component
@DisallowReplay
@ProcessingGroup("handover-policy")
class HandoverPolicy {

    private final CommandGateway commands;

    HandoverPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(HandoverInitiated event) {
        commands.sendAndWait(new ScheduleDeadline(acceptance(event.handoverId()), event.caseId(), event.networkId(),
                event.to().id(), event.acceptDueOn()));
    }

    @EventHandler
    void on(HandoverAccepted event) {
        commands.sendAndWait(new MeetDeadline(acceptance(event.handoverId())));
        String handoverId = event.handoverId().asString();
        if (event.handedOver() == HandoverSubject.CASE_LEAD) {
            commands.sendAndWait(new ChangeCaseLead(event.caseId(), event.to(), handoverId));
        } else {
            commands.sendAndWait(new ReassignAction(event.caseId(), event.actionId(), event.to(), handoverId));
        }
    }

    @EventHandler
    void on(HandoverDeclined event) {
        commands.sendAndWait(new MeetDeadline(acceptance(event.handoverId())));
    }

    private static DeadlineId acceptance(HandoverId handover) {
        return DeadlineId.of(DeadlineKind.HANDOVER_ACCEPTANCE, handover.value());
    }
}
