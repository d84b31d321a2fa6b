package nl.samenspel.partners.socialmap;

import nl.samenspel.contracts.ServiceId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a service off the social map. */
public record WithdrawService(
        @TargetAggregateIdentifier ServiceId serviceId,
        Actor actor) {
}
