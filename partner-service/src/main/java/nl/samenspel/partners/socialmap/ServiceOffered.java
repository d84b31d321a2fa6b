package nl.samenspel.partners.socialmap;

import java.time.Instant;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ServiceId;

/** An organisation put a service on the social map. */
public record ServiceOffered(
        ServiceId serviceId,
        OrganisationId organisationId,
        ServiceDescription service,
        Instant offeredAt) {
}
