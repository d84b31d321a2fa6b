package nl.samenspel.partners.socialmap;

import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ServiceId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a service an organisation offers on the social map. */
public record OfferService(
        @TargetAggregateIdentifier ServiceId serviceId,
        OrganisationId organisationId,
        ServiceDescription service) {
}
