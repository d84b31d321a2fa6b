package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.PartyKind;

/**
 * A party was deployed on a case and joined its case team. Outer-ring partners see a case only while deployed
 * on it (R4).
 *
 * @param caseId    the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId the network the case runs in
 * @param partyKind organisation or informal helper
 * @param partyId   the party
 * @param addedAt   when
 */
@CloudEventType(value = "nl.samenspel.case.case-team-member-added", schemaVersion = 1)
public record CaseTeamMemberAddedV1(
        String caseId,
        String networkId,
        PartyKind partyKind,
        String partyId,
        Instant addedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
