package nl.samenspel.cases.signal;

import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.shared.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Raise a concern about someone in a network (signalering).
 *
 * @param signaller the signaller's token subject (pseudonymous), so they, and only they, can read the feedback
 */
public record RaiseSignal(
        @TargetAggregateIdentifier SignalId signalId,
        NetworkId networkId,
        SignallerRole signallerRole,
        @PersonalData("free-text concern about a person") String concern,
        boolean anonymous,
        String signaller) {

    /** Long enough for a few paragraphs; a signal is a prompt to act, not a case file. */
    public static final int MAX_CONCERN_LENGTH = 2000;
}
