package nl.samenspel.cases.referral;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.cases.ReferralAcceptedV1;
import nl.samenspel.contracts.cases.ReferralCompletedV1;
import nl.samenspel.contracts.cases.ReferralDeclinedV1;
import nl.samenspel.contracts.cases.ReferralMadeV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

/** Publishes a referral's life: no personal data is in it to leave behind, the case is named by its id. */
final class ReferralIntegrationEvents {

    private ReferralIntegrationEvents() {
    }

    @Component
    static class Made implements IntegrationEventTranslator<ReferralMade> {

        @Override
        public Class<ReferralMade> sourceType() {
            return ReferralMade.class;
        }

        @Override
        public IntegrationEvent translate(ReferralMade e) {
            return new ReferralMadeV1(e.caseId().asString(), e.networkId().value(), e.referralId().asString(),
                    e.fromOrganisation().value(), e.target(), e.targetId(), e.selfHelpGroup(), e.direction(),
                    e.legalBasis(), e.consentId(), e.answerDueOn(), e.madeAt());
        }
    }

    @Component
    static class Accepted implements IntegrationEventTranslator<ReferralAccepted> {

        @Override
        public Class<ReferralAccepted> sourceType() {
            return ReferralAccepted.class;
        }

        @Override
        public IntegrationEvent translate(ReferralAccepted e) {
            return new ReferralAcceptedV1(e.caseId().asString(), e.networkId().value(), e.referralId().asString(),
                    e.targetId(), e.legalBasis(), e.consentId(), e.acceptedAt());
        }
    }

    @Component
    static class Declined implements IntegrationEventTranslator<ReferralDeclined> {

        @Override
        public Class<ReferralDeclined> sourceType() {
            return ReferralDeclined.class;
        }

        @Override
        public IntegrationEvent translate(ReferralDeclined e) {
            return new ReferralDeclinedV1(e.caseId().asString(), e.networkId().value(), e.referralId().asString(),
                    e.targetId(), e.reason(), e.declinedAt());
        }
    }

    @Component
    static class Completed implements IntegrationEventTranslator<ReferralCompleted> {

        @Override
        public Class<ReferralCompleted> sourceType() {
            return ReferralCompleted.class;
        }

        @Override
        public IntegrationEvent translate(ReferralCompleted e) {
            return new ReferralCompletedV1(e.caseId().asString(), e.networkId().value(), e.referralId().asString(),
                    e.targetId(), e.completedAt());
        }
    }
}
