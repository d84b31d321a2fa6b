package nl.samenspel.cases.signal;

import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.shared.axon.AnonymousActor;
import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Raise a concern about someone in a network (signalering).
 *
 * @param anonymous whether the signaller stays anonymous: then the command travels without actor metadata, and
 *                  the signal keeps only a blind index of the signaller, so they, and only they, can still read the
 *                  feedback
 * @param actor     the signaller
 */
public record RaiseSignal(
        @TargetAggregateIdentifier SignalId signalId,
        NetworkId networkId,
        SignallerRole signallerRole,
        @PersonalData("free-text concern about a person") String concern,
        boolean anonymous,
        Actor actor) implements AnonymousActor.WhenAsked {

    /** Long enough for a few paragraphs; a signal is a prompt to act, not a case file. */
    public static final int MAX_CONCERN_LENGTH = 2000;

    /** The blind index purpose under which signals find their signaller's own signals again. */
    static final String SIGNALLER_INDEX = "signaller";
}
