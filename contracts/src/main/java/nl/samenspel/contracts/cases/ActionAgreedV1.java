package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.PartyKind;

/**
 * An action was agreed on a case, owned by exactly one party with a due date: in a case conference or in the
 * plan. Whoever owns an action gets what it needs to act (R5), and no more (R6).
 *
 * @param caseId       the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId    the network the case runs in
 * @param actionId     the action
 * @param ownerKind    organisation or informal helper
 * @param ownerId      the owning party
 * @param dueOn        when it is due
 * @param conferenceId the conference that agreed it, or null when agreed outside one
 * @param agreedAt     when
 */
@CloudEventType(value = "nl.samenspel.case.action-agreed", schemaVersion = 1)
public record ActionAgreedV1(
        String caseId,
        String networkId,
        String actionId,
        PartyKind ownerKind,
        String ownerId,
        LocalDate dueOn,
        String conferenceId,
        Instant agreedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
