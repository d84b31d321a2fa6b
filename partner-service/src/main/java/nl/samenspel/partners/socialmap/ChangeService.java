package nl.samenspel.partners.socialmap;

import nl.samenspel.contracts.ServiceId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the whole description of a service on the social map. */
public record ChangeService(
        @TargetAggregateIdentifier ServiceId serviceId,
        ServiceDescription service,
        Actor actor) {
}
