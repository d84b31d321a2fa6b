package nl.samenspel.partners.network;

import java.time.Instant;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;

/** A network's informal representative was appointed; {@code organisationId} is the one they work for. */
public record InformalRepresentativeAppointed(NetworkId networkId, PersonId personId, OrganisationId organisationId,
        Instant appointedAt) {
}
