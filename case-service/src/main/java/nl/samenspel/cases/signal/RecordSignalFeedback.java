package nl.samenspel.cases.signal;

import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Tell the signaller what happened with their signal.
 *
 * @param actor the coordinator giving it
 */
public record RecordSignalFeedback(
        @TargetAggregateIdentifier SignalId signalId,
        Actor actor,
        @PersonalData("free-text feedback about a person") String feedback) {

    public static final int MAX_FEEDBACK_LENGTH = 2000;
}
