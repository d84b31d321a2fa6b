package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.Formality;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.SignallerRole;

/**
 * Someone raised a concern (signalering) in a network. Published by case-service on
 * {@link nl.samenspel.contracts.Topics#CASE_EVENTS}.
 *
 * <p>The concern text is personal data and stays in case-service; this event carries only what
 * routing and accountability need.
 *
 * @param signalId      pseudonymous id of the signal, also the CloudEvent subject
 * @param networkId     the network the signal was raised in
 * @param signallerRole in what capacity the signaller raised it
 * @param formality     formal or informal source, derived from the role, for reporting
 * @param anonymous     whether the signaller asked to stay anonymous towards the case team
 * @param raisedAt      when the signal was raised
 */
@CloudEventType(value = "nl.samenspel.case.signal-raised", schemaVersion = 1)
public record SignalRaisedV1(
        String signalId,
        String networkId,
        SignallerRole signallerRole,
        Formality formality,
        boolean anonymous,
        Instant raisedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return signalId;
    }
}
