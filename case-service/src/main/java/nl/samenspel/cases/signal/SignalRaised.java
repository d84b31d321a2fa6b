package nl.samenspel.cases.signal;

import java.time.Instant;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.shared.privacy.PersonalData;

/**
 * A concern was raised. Stored in case-service's event store only; other services learn of it
 * through {@link nl.samenspel.contracts.cases.SignalRaisedV1}, which leaves the concern text out.
 */
public record SignalRaised(
        SignalId signalId,
        NetworkId networkId,
        SignallerRole signallerRole,
        @PersonalData("free-text concern about a person") String concern,
        boolean anonymous,
        Instant raisedAt) {
}
