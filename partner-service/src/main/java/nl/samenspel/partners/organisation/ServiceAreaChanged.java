package nl.samenspel.partners.organisation;

import java.time.Instant;
import java.util.Set;
import nl.samenspel.contracts.OrganisationId;

/** An organisation now serves exactly these neighbourhoods, replacing the previous set. */
public record ServiceAreaChanged(
        OrganisationId organisationId,
        Set<String> neighbourhoods,
        Instant changedAt) {
}
