package nl.samenspel.contracts.cases;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.Severity;

/**
 * The network's coordinator answered a consultative question. The advice text stays in case-service.
 *
 * @param questionId  the question, also the subject
 * @param networkId   the network
 * @param severity    the coordinator's estimate
 * @param caseAdvised whether the advice is to report it as a case
 * @param givenAt     when
 */
@CloudEventType(value = "nl.samenspel.case.consultative-advice-given", schemaVersion = 1)
public record ConsultativeAdviceGivenV1(
        String questionId,
        String networkId,
        Severity severity,
        boolean caseAdvised,
        Instant givenAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return questionId;
    }
}
