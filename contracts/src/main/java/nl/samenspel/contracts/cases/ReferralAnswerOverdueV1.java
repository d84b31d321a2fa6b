package nl.samenspel.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A referral was neither accepted nor declined by its due date. Sent once by case-service's deadline process.
 *
 * @param caseId      the case, also the CloudEvent subject (and Kafka key, so one case stays in order)
 * @param networkId   the network the case runs in
 * @param referralId  the referral
 * @param targetId    the organisation or network referred to
 * @param answerDueOn when the answer was due
 * @param overdueAt   when the deadline passed
 */
@CloudEventType(value = "nl.samenspel.case.referral-answer-overdue", schemaVersion = 1)
public record ReferralAnswerOverdueV1(
        String caseId,
        String networkId,
        String referralId,
        String targetId,
        LocalDate answerDueOn,
        Instant overdueAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
