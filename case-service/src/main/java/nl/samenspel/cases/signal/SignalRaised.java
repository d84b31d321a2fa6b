package nl.samenspel.cases.signal;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.shared.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * A concern was raised. Stored in case-service's event store only; other services learn of it
 * through {@link nl.samenspel.contracts.cases.SignalRaisedV1}, which leaves the concern and the signaller out.
 *
 * <p>Revision 3 adds the signaller's blind index and leaves the signaller out of an anonymous signal. Revision 2
 * sealed the concern and kept the signaller in clear, anonymous or not; revision 1 (no revision) kept the concern
 * in clear. {@link SignalRaisedUpcaster} reads both as revision 3.
 *
 * @param concern           sealed with the signal id as data subject; absent for upcasted revision 1 events
 * @param signaller         the signaller's token subject, for the coordinator; absent when anonymous
 * @param signallerIndex    the vault's blind index of the signaller's token subject, by which "my signals" finds the
 *                          signal; absent for upcasted revision 1 events, whose signaller is unknown
 * @param feedbackDueOn     the last day the signaller's feedback is on time
 * @param feedbackOverdueAt the moment the feedback becomes overdue
 */
@Revision("3")
public record SignalRaised(
        SignalId signalId,
        NetworkId networkId,
        SignallerRole signallerRole,
        @PersonalData("free-text concern about a person") Sealed concern,
        boolean anonymous,
        String signaller,
        String signallerIndex,
        Instant raisedAt,
        LocalDate feedbackDueOn,
        Instant feedbackOverdueAt) {
}
