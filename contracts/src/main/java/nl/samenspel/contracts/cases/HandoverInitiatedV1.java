package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.HandoverSubject;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.PartyKind;

/**
 * The lead of a case or one task was handed over from one party to another, between formal and informal help.
 * A handover to informal help names a professional backstop, who stays responsible.
 *
 * @param caseId      the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId   the network the case runs in
 * @param handoverId  the handover
 * @param handedOver  the case lead or one task
 * @param actionId    the task handed over; null for the case lead
 * @param fromKind    kind of the handing party
 * @param fromId      the handing party
 * @param toKind      kind of the receiving party
 * @param toId        the receiving party
 * @param direction   formal or informal help on each side
 * @param backstopId  the professional backstop; required for a handover to informal help
 * @param legalBasis  the legal basis that allowed sharing the case with the receiving party (R1)
 * @param consentId   the consent relied on, when the basis is consent and one is recorded; otherwise null
 * @param acceptDueOn when acceptance is due
 * @param initiatedAt when
 */
@CloudEventType(value = "nl.samenspel.case.handover-initiated", schemaVersion = 1)
public record HandoverInitiatedV1(
        String caseId,
        String networkId,
        String handoverId,
        HandoverSubject handedOver,
        String actionId,
        PartyKind fromKind,
        String fromId,
        PartyKind toKind,
        String toId,
        HelpDirection direction,
        String backstopId,
        LegalBasis legalBasis,
        String consentId,
        LocalDate acceptDueOn,
        Instant initiatedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
