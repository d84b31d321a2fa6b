package nl.samenspel.cases.deadline;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.cases.AftercareReviewDueV1;
import nl.samenspel.contracts.cases.HandoverAcceptanceOverdueV1;
import nl.samenspel.contracts.cases.ReferralAnswerOverdueV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

/** A passed case deadline becomes the event reporting counts for its kind. */
@Component
class DeadlineIntegrationEvents implements IntegrationEventTranslator<DeadlineMissed> {

    @Override
    public Class<DeadlineMissed> sourceType() {
        return DeadlineMissed.class;
    }

    @Override
    public IntegrationEvent translate(DeadlineMissed event) {
        String caseId = event.caseId().asString();
        String networkId = event.networkId().value();
        String subjectId = event.deadlineId().subjectId();
        return switch (event.deadlineId().kind()) {
            case REFERRAL_ANSWER -> new ReferralAnswerOverdueV1(caseId, networkId, subjectId, event.counterpartId(),
                    event.dueOn(), event.passedAt());
            case HANDOVER_ACCEPTANCE -> new HandoverAcceptanceOverdueV1(caseId, networkId, subjectId,
                    event.counterpartId(), event.dueOn(), event.passedAt());
            case AFTERCARE_REVIEW -> new AftercareReviewDueV1(caseId, networkId, event.dueOn(), false,
                    event.passedAt());
            case FOLLOW_UP_REVIEW -> new AftercareReviewDueV1(caseId, networkId, event.dueOn(), true,
                    event.passedAt());
        };
    }
}
