package nl.samenspel.cases.signal;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.shared.privacy.PersonalData;

/** The coordinator gave the signaller feedback; the text is sealed under the signal's key. */
public record SignalFeedbackRecorded(
        SignalId signalId,
        NetworkId networkId,
        @PersonalData("free-text feedback about a person") Sealed feedback,
        LocalDate dueOn,
        Instant recordedAt) {
}
