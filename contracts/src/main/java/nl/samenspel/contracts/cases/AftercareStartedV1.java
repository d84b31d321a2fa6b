package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.PartyKind;

/**
 * Aftercare began: an informal helper keeps "a finger on the pulse", with a review date.
 *
 * @param caseId     the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId  the network the case runs in
 * @param helperKind kind of the party keeping an eye
 * @param helperId   who keeps an eye
 * @param reviewOn   when aftercare is reviewed
 * @param startedAt  when
 */
@CloudEventType(value = "nl.samenspel.case.aftercare-started", schemaVersion = 1)
public record AftercareStartedV1(
        String caseId,
        String networkId,
        PartyKind helperKind,
        String helperId,
        LocalDate reviewOn,
        Instant startedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
