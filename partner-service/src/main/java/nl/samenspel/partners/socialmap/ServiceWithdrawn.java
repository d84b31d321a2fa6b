package nl.samenspel.partners.socialmap;

import java.time.Instant;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ServiceId;

/** An organisation took a service off the social map. */
public record ServiceWithdrawn(
        ServiceId serviceId,
        OrganisationId organisationId,
        Instant withdrawnAt) {
}
