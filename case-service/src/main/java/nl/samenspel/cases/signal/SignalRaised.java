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
 * <p>Revision 2 seals the concern under the signal's own key and adds the signaller and the feedback due date.
 * Revision 1 (no revision) kept the concern in clear; {@link SignalRaisedUpcaster} drops it on read.
 *
 * @param concern           sealed with the signal id as data subject; absent for upcasted revision 1 events
 * @param signaller         the signaller's token subject, shown to the coordinator only when not anonymous
 * @param feedbackDueOn     the last day the signaller's feedback is on time
 * @param feedbackOverdueAt the moment the feedback becomes overdue
 */
@Revision("2")
public record SignalRaised(
        SignalId signalId,
        NetworkId networkId,
        SignallerRole signallerRole,
        @PersonalData("free-text concern about a person") Sealed concern,
        boolean anonymous,
        String signaller,
        Instant raisedAt,
        LocalDate feedbackDueOn,
        Instant feedbackOverdueAt) {
}
