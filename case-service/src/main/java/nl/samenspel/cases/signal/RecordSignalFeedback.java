package nl.samenspel.cases.signal;

import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Tell the signaller what happened with their signal.
 *
 * @param actingOrganisation the organisation of the coordinator giving it, from their token
 */
public record RecordSignalFeedback(
        @TargetAggregateIdentifier SignalId signalId,
        OrganisationId actingOrganisation,
        @PersonalData("free-text feedback about a person") String feedback) {

    public static final int MAX_FEEDBACK_LENGTH = 2000;
}
