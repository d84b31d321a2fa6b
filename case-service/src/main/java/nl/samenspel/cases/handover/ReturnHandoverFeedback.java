package nl.samenspel.cases.handover;

import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving party tells the one who handed over how it went. */
public record ReturnHandoverFeedback(@TargetAggregateIdentifier HandoverId handoverId,
        @PersonalData("free-text feedback about a client's situation") String feedback, Actor actor) {

    /** A few paragraphs: feedback is a message back to a colleague, not a case file. */
    public static final int MAX_FEEDBACK_LENGTH = 2000;
}
