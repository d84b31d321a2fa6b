package nl.samenspel.cases.casefile;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.cases.ActionAgreedV1;
import nl.samenspel.contracts.cases.ActionProgressReviewedV1;
import nl.samenspel.contracts.cases.AftercareStartedV1;
import nl.samenspel.contracts.cases.BilateralHandlingRecordedV1;
import nl.samenspel.contracts.cases.CaseAnalysedV1;
import nl.samenspel.contracts.cases.CaseClosedV1;
import nl.samenspel.contracts.cases.CaseOpenedV1;
import nl.samenspel.contracts.cases.CaseTabledV1;
import nl.samenspel.contracts.cases.CaseTeamMemberAddedV1;
import nl.samenspel.contracts.cases.CaseTeamMemberRemovedV1;
import nl.samenspel.contracts.cases.ClientAddedToCaseV1;
import nl.samenspel.contracts.cases.FollowUpReviewedV1;
import nl.samenspel.contracts.cases.InformalHelpDeployedV1;
import nl.samenspel.contracts.cases.InformalOptionAssessedV1;
import nl.samenspel.contracts.cases.PlanGoalSetV1;
import nl.samenspel.contracts.cases.ProgressReviewedV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

/**
 * The case's published language, one translator per stored event other services see. Client details and sealed
 * texts stay behind; a client appears by their pseudonymous id only. {@link CaseLeadChanged} and
 * {@link ActionReassigned} are not published: the accepted handover that caused them is.
 */
final class CaseIntegrationEvents {

    private CaseIntegrationEvents() {
    }

    @Component
    static class CaseOpenedTranslator implements IntegrationEventTranslator<CaseOpened> {

        @Override
        public Class<CaseOpened> sourceType() {
            return CaseOpened.class;
        }

        @Override
        public IntegrationEvent translate(CaseOpened e) {
            return new CaseOpenedV1(e.caseId().asString(), e.networkId().value(), e.clientId().asString(),
                    e.signalId(), e.clientKnownToServices(), e.problemDomains(), e.acute(), e.presentation(),
                    e.legalBasis(), e.openedAt());
        }
    }

    @Component
    static class ClientAddedToCaseTranslator implements IntegrationEventTranslator<ClientAddedToCase> {

        @Override
        public Class<ClientAddedToCase> sourceType() {
            return ClientAddedToCase.class;
        }

        @Override
        public IntegrationEvent translate(ClientAddedToCase e) {
            return new ClientAddedToCaseV1(e.caseId().asString(), e.networkId().value(),
                    e.clientId().asString(), e.addedAt());
        }
    }

    @Component
    static class CaseTeamMemberAddedTranslator implements IntegrationEventTranslator<CaseTeamMemberAdded> {

        @Override
        public Class<CaseTeamMemberAdded> sourceType() {
            return CaseTeamMemberAdded.class;
        }

        @Override
        public IntegrationEvent translate(CaseTeamMemberAdded e) {
            return new CaseTeamMemberAddedV1(e.caseId().asString(), e.networkId().value(),
                    e.party().kind(), e.party().id(), e.addedAt());
        }
    }

    @Component
    static class CaseTeamMemberRemovedTranslator implements IntegrationEventTranslator<CaseTeamMemberRemoved> {

        @Override
        public Class<CaseTeamMemberRemoved> sourceType() {
            return CaseTeamMemberRemoved.class;
        }

        @Override
        public IntegrationEvent translate(CaseTeamMemberRemoved e) {
            return new CaseTeamMemberRemovedV1(e.caseId().asString(), e.networkId().value(),
                    e.party().kind(), e.party().id(), e.removedAt());
        }
    }

    @Component
    static class CaseTabledTranslator implements IntegrationEventTranslator<CaseTabled> {

        @Override
        public Class<CaseTabled> sourceType() {
            return CaseTabled.class;
        }

        @Override
        public IntegrationEvent translate(CaseTabled e) {
            return new CaseTabledV1(e.caseId().asString(), e.networkId().value(), e.conferenceId(),
                    e.conferenceOn(), e.tabledAt());
        }
    }

    @Component
    static class CaseAnalysedTranslator implements IntegrationEventTranslator<CaseAnalysed> {

        @Override
        public Class<CaseAnalysed> sourceType() {
            return CaseAnalysed.class;
        }

        @Override
        public IntegrationEvent translate(CaseAnalysed e) {
            return new CaseAnalysedV1(e.caseId().asString(), e.networkId().value(), e.conferenceId(),
                    e.analysedAt());
        }
    }

    @Component
    static class ActionAgreedTranslator implements IntegrationEventTranslator<ActionAgreed> {

        @Override
        public Class<ActionAgreed> sourceType() {
            return ActionAgreed.class;
        }

        @Override
        public IntegrationEvent translate(ActionAgreed e) {
            return new ActionAgreedV1(e.caseId().asString(), e.networkId().value(), e.actionId().asString(),
                    e.owner().kind(), e.owner().id(), e.dueOn(), e.conferenceId(), e.agreedAt());
        }
    }

    @Component
    static class ActionProgressReviewedTranslator implements IntegrationEventTranslator<ActionProgressReviewed> {

        @Override
        public Class<ActionProgressReviewed> sourceType() {
            return ActionProgressReviewed.class;
        }

        @Override
        public IntegrationEvent translate(ActionProgressReviewed e) {
            return new ActionProgressReviewedV1(e.caseId().asString(), e.networkId().value(),
                    e.actionId().asString(), e.status(), e.reviewedAt());
        }
    }

    @Component
    static class BilateralHandlingRecordedTranslator implements IntegrationEventTranslator<BilateralHandlingRecorded> {

        @Override
        public Class<BilateralHandlingRecorded> sourceType() {
            return BilateralHandlingRecorded.class;
        }

        @Override
        public IntegrationEvent translate(BilateralHandlingRecorded e) {
            return new BilateralHandlingRecordedV1(e.caseId().asString(), e.networkId().value(),
                    e.firstParty().kind(), e.firstParty().id(), e.secondParty().kind(), e.secondParty().id(),
                    e.recordedAt());
        }
    }

    @Component
    static class InformalOptionAssessedTranslator implements IntegrationEventTranslator<InformalOptionAssessed> {

        @Override
        public Class<InformalOptionAssessed> sourceType() {
            return InformalOptionAssessed.class;
        }

        @Override
        public IntegrationEvent translate(InformalOptionAssessed e) {
            return new InformalOptionAssessedV1(e.caseId().asString(), e.networkId().value(), e.outcome(),
                    e.formalHelpReason(), e.mandatory(), e.assessedAt());
        }
    }

    @Component
    static class InformalHelpDeployedTranslator implements IntegrationEventTranslator<InformalHelpDeployed> {

        @Override
        public Class<InformalHelpDeployed> sourceType() {
            return InformalHelpDeployed.class;
        }

        @Override
        public IntegrationEvent translate(InformalHelpDeployed e) {
            return new InformalHelpDeployedV1(e.caseId().asString(), e.networkId().value(), e.deploymentId(),
                    e.helper().kind(), e.helper().id(), e.mode(), e.kind(), e.duration(), e.deployedAt());
        }
    }

    @Component
    static class PlanGoalSetTranslator implements IntegrationEventTranslator<PlanGoalSet> {

        @Override
        public Class<PlanGoalSet> sourceType() {
            return PlanGoalSet.class;
        }

        @Override
        public IntegrationEvent translate(PlanGoalSet e) {
            return new PlanGoalSetV1(e.caseId().asString(), e.networkId().value(), e.goalId(), e.setAt());
        }
    }

    @Component
    static class ProgressReviewedTranslator implements IntegrationEventTranslator<ProgressReviewed> {

        @Override
        public Class<ProgressReviewed> sourceType() {
            return ProgressReviewed.class;
        }

        @Override
        public IntegrationEvent translate(ProgressReviewed e) {
            return new ProgressReviewedV1(e.caseId().asString(), e.networkId().value(), e.outcome(),
                    e.nextReviewOn(), e.reviewedAt());
        }
    }

    @Component
    static class AftercareStartedTranslator implements IntegrationEventTranslator<AftercareStarted> {

        @Override
        public Class<AftercareStarted> sourceType() {
            return AftercareStarted.class;
        }

        @Override
        public IntegrationEvent translate(AftercareStarted e) {
            return new AftercareStartedV1(e.caseId().asString(), e.networkId().value(), e.helper().kind(),
                    e.helper().id(), e.reviewOn(), e.startedAt());
        }
    }

    @Component
    static class CaseClosedTranslator implements IntegrationEventTranslator<CaseClosed> {

        @Override
        public Class<CaseClosed> sourceType() {
            return CaseClosed.class;
        }

        @Override
        public IntegrationEvent translate(CaseClosed e) {
            return new CaseClosedV1(e.caseId().asString(), e.networkId().value(), e.reason(), e.outcome(),
                    e.followUpReviewOn(), e.closedAt());
        }
    }

    @Component
    static class FollowUpReviewedTranslator implements IntegrationEventTranslator<FollowUpReviewed> {

        @Override
        public Class<FollowUpReviewed> sourceType() {
            return FollowUpReviewed.class;
        }

        @Override
        public IntegrationEvent translate(FollowUpReviewed e) {
            return new FollowUpReviewedV1(e.caseId().asString(), e.networkId().value(), e.outcome(),
                    e.reviewedAt());
        }
    }
}
