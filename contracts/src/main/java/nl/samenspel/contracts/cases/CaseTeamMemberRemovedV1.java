package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.PartyKind;

/**
 * A party left a case team; it is no longer deployed on the case.
 *
 * @param caseId    the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId the network the case runs in
 * @param partyKind organisation or informal helper
 * @param partyId   the party
 * @param removedAt when
 */
@CloudEventType(value = "nl.samenspel.case.case-team-member-removed", schemaVersion = 1)
public record CaseTeamMemberRemovedV1(
        String caseId,
        String networkId,
        PartyKind partyKind,
        String partyId,
        Instant removedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
