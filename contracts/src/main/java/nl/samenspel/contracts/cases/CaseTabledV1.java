package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A case was put on the agenda of a case conference (casuïstiekoverleg).
 *
 * @param caseId       the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId    the network the case runs in
 * @param conferenceId the conference
 * @param conferenceOn the day of the conference
 * @param tabledAt     when it was tabled
 */
@CloudEventType(value = "nl.samenspel.case.case-tabled", schemaVersion = 1)
public record CaseTabledV1(
        String caseId,
        String networkId,
        String conferenceId,
        LocalDate conferenceOn,
        Instant tabledAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
