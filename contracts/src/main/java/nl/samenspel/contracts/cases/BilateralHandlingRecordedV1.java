package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.PartyKind;

/**
 * Two parties handled something about a case between themselves, outside a case conference.
 *
 * @param caseId          the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId       the network the case runs in
 * @param firstPartyKind  kind of the first party
 * @param firstPartyId    the party that recorded it
 * @param secondPartyKind kind of the other party
 * @param secondPartyId   the other party
 * @param recordedAt      when
 */
@CloudEventType(value = "nl.samenspel.case.bilateral-handling-recorded", schemaVersion = 1)
public record BilateralHandlingRecordedV1(
        String caseId,
        String networkId,
        PartyKind firstPartyKind,
        String firstPartyId,
        PartyKind secondPartyKind,
        String secondPartyId,
        Instant recordedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
