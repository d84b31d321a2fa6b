package nl.samenspel.cases.handover;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.cases.HandoverAcceptedV1;
import nl.samenspel.contracts.cases.HandoverDeclinedV1;
import nl.samenspel.contracts.cases.HandoverFeedbackReturnedV1;
import nl.samenspel.contracts.cases.HandoverInitiatedV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

/** Publishes a handover's life; the feedback text stays in case-service, sealed. */
final class HandoverIntegrationEvents {

    private HandoverIntegrationEvents() {
    }

    @Component
    static class Initiated implements IntegrationEventTranslator<HandoverInitiated> {

        @Override
        public Class<HandoverInitiated> sourceType() {
            return HandoverInitiated.class;
        }

        @Override
        public IntegrationEvent translate(HandoverInitiated e) {
            return new HandoverInitiatedV1(e.caseId().asString(), e.networkId().value(), e.handoverId().asString(),
                    e.handedOver(), e.actionId() == null ? null : e.actionId().asString(), e.from().kind(),
                    e.from().id(), e.to().kind(), e.to().id(), e.direction(),
                    e.backstop() == null ? null : e.backstop().asString(), e.legalBasis(), e.consentId(),
                    e.acceptDueOn(), e.initiatedAt());
        }
    }

    @Component
    static class Accepted implements IntegrationEventTranslator<HandoverAccepted> {

        @Override
        public Class<HandoverAccepted> sourceType() {
            return HandoverAccepted.class;
        }

        @Override
        public IntegrationEvent translate(HandoverAccepted e) {
            return new HandoverAcceptedV1(e.caseId().asString(), e.networkId().value(), e.handoverId().asString(),
                    e.to().id(), e.legalBasis(), e.consentId(), e.acceptedAt());
        }
    }

    @Component
    static class Declined implements IntegrationEventTranslator<HandoverDeclined> {

        @Override
        public Class<HandoverDeclined> sourceType() {
            return HandoverDeclined.class;
        }

        @Override
        public IntegrationEvent translate(HandoverDeclined e) {
            return new HandoverDeclinedV1(e.caseId().asString(), e.networkId().value(), e.handoverId().asString(),
                    e.to().id(), e.reason(), e.declinedAt());
        }
    }

    @Component
    static class FeedbackReturned implements IntegrationEventTranslator<HandoverFeedbackReturned> {

        @Override
        public Class<HandoverFeedbackReturned> sourceType() {
            return HandoverFeedbackReturned.class;
        }

        @Override
        public IntegrationEvent translate(HandoverFeedbackReturned e) {
            return new HandoverFeedbackReturnedV1(e.caseId().asString(), e.networkId().value(),
                    e.handoverId().asString(), e.to().id(), e.returnedAt());
        }
    }
}
