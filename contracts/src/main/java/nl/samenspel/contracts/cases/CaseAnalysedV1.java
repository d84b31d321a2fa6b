package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A case conference recorded its analysis of a case. The analysis text stays in case-service.
 *
 * @param caseId       the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId    the network the case runs in
 * @param conferenceId the conference
 * @param analysedAt   when
 */
@CloudEventType(value = "nl.samenspel.case.case-analysed", schemaVersion = 1)
public record CaseAnalysedV1(
        String caseId,
        String networkId,
        String conferenceId,
        Instant analysedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
