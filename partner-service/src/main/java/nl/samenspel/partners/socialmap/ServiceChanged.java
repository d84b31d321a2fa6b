package nl.samenspel.partners.socialmap;

import java.time.Instant;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ServiceId;

/** A service on the social map now has this whole description, replacing the previous one. */
public record ServiceChanged(
        ServiceId serviceId,
        OrganisationId organisationId,
        ServiceDescription service,
        Instant changedAt) {
}
