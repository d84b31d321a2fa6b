package nl.samenspel.partners.socialmap;

import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ServiceId;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a service an organisation offers on the social map. */
public record OfferService(
        @TargetAggregateIdentifier ServiceId serviceId,
        OrganisationId organisationId,
        ServiceDescription service,
        Actor actor) {
}
