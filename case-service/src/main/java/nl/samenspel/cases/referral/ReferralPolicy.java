package nl.samenspel.cases.referral;

import nl.samenspel.cases.Party;
import nl.samenspel.cases.casefile.AddCaseTeamMember;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ReferralTarget;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * An organisation that accepts a referral is deployed on the case. A network that accepts takes the case in
 * as its own and joins no team here. Waits for the command, so a failure stops the processor and is retried.
 */
@Component
@ProcessingGroup("referral-policy")
class ReferralPolicy {

    private final CommandGateway commands;

    ReferralPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ReferralAccepted event) {
        if (event.target() == ReferralTarget.ORGANISATION) {
            commands.sendAndWait(new AddCaseTeamMember(event.caseId(),
                    Party.organisation(OrganisationId.of(event.targetId()))));
        }
    }
}
