package nl.samenspel.partners.socialmap;

import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ServiceId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replace the whole description of a service on the social map.
 *
 * @param actingFor the organisation the actor acts for, or null for a network coordinator, who manages any service
 */
public record ChangeService(
        @TargetAggregateIdentifier ServiceId serviceId,
        OrganisationId actingFor,
        ServiceDescription service) {
}
