package nl.samenspel.partners.people;

import java.time.Instant;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.PersonId;

/** An informal helper signed a personal confidentiality undertaking for a network. */
public record ConfidentialityUndertakingSigned(PersonId personId, NetworkId networkId, Instant signedAt) {
}
