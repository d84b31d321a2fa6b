package nl.samenspel.partners.network;

import java.time.Instant;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.SignatoryLevel;

/** A member organisation signed the network's privacy covenant. */
public record CovenantSigned(NetworkId networkId, OrganisationId organisationId, PersonId signatoryId,
        SignatoryLevel level, Instant signedAt) {
}
