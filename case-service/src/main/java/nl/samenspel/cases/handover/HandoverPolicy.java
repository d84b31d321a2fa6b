package nl.samenspel.cases.handover;

import nl.samenspel.cases.casefile.ChangeCaseLead;
import nl.samenspel.cases.casefile.ReassignAction;
import nl.samenspel.contracts.HandoverSubject;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * An accepted handover moves the case lead or the task to the receiving party. Waits for the command, so a
 * failure stops the processor and is retried.
 */
@Component
@ProcessingGroup("handover-policy")
class HandoverPolicy {

    private final CommandGateway commands;

    HandoverPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(HandoverAccepted event) {
        String handoverId = event.handoverId().asString();
        if (event.handedOver() == HandoverSubject.CASE_LEAD) {
            commands.sendAndWait(new ChangeCaseLead(event.caseId(), event.to(), handoverId));
        } else {
            commands.sendAndWait(new ReassignAction(event.caseId(), event.actionId(), event.to(), handoverId));
        }
    }
}
