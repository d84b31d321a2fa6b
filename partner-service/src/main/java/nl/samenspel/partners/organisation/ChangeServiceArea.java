package nl.samenspel.partners.organisation;

import java.util.Set;
import nl.samenspel.contracts.OrganisationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the set of neighbourhoods an organisation serves. */
public record ChangeServiceArea(
        @TargetAggregateIdentifier OrganisationId organisationId,
        Set<String> neighbourhoods) {
}
