package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.util.List;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.contracts.Severity;

/**
 * Someone asked the network for advice about a situation, anonymously and without personal data, with a first
 * estimate of its severity.
 *
 * @param questionId     the question, also the subject
 * @param networkId      the network asked
 * @param problemDomains what the situation seems to be about
 * @param severity       the asker's first estimate
 * @param askedAt        when
 */
@CloudEventType(value = "nl.samenspel.case.consultative-question-asked", schemaVersion = 1)
public record ConsultativeQuestionAskedV1(
        String questionId,
        String networkId,
        List<ProblemDomain> problemDomains,
        Severity severity,
        Instant askedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return questionId;
    }
}
