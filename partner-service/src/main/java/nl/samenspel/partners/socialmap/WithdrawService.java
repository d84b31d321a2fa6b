package nl.samenspel.partners.socialmap;

import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ServiceId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take a service off the social map.
 *
 * @param actingFor the organisation the actor acts for, or null for a network coordinator, who manages any service
 */
public record WithdrawService(
        @TargetAggregateIdentifier ServiceId serviceId,
        OrganisationId actingFor) {
}
