package nl.samenspel.partners.network;

import java.time.Instant;
import nl.samenspel.contracts.NetworkId;

/** A network's configuration took effect, replacing any earlier one whole. */
public record NetworkConfigured(NetworkId networkId, NetworkConfiguration configuration, Instant configuredAt) {
}
