package nl.samenspel.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspel.contracts.cases.ActionAgreedV1;
import nl.samenspel.contracts.cases.ActionProgressReviewedV1;
import nl.samenspel.contracts.cases.AftercareReviewDueV1;
import nl.samenspel.contracts.cases.AftercareStartedV1;
import nl.samenspel.contracts.cases.BilateralHandlingRecordedV1;
import nl.samenspel.contracts.cases.CaseAnalysedV1;
import nl.samenspel.contracts.cases.CaseClosedV1;
import nl.samenspel.contracts.cases.CaseOpenedV1;
import nl.samenspel.contracts.cases.CaseTabledV1;
import nl.samenspel.contracts.cases.CaseTeamMemberAddedV1;
import nl.samenspel.contracts.cases.CaseTeamMemberRemovedV1;
import nl.samenspel.contracts.cases.ClientAddedToCaseV1;
import nl.samenspel.contracts.cases.ConsultativeAdviceGivenV1;
import nl.samenspel.contracts.cases.ConsultativeQuestionAskedV1;
import nl.samenspel.contracts.cases.FollowUpReviewedV1;
import nl.samenspel.contracts.cases.HandoverAcceptanceOverdueV1;
import nl.samenspel.contracts.cases.HandoverAcceptedV1;
import nl.samenspel.contracts.cases.HandoverDeclinedV1;
import nl.samenspel.contracts.cases.HandoverFeedbackReturnedV1;
import nl.samenspel.contracts.cases.HandoverInitiatedV1;
import nl.samenspel.contracts.cases.InformalHelpDeployedV1;
import nl.samenspel.contracts.cases.InformalOptionAssessedV1;
import nl.samenspel.contracts.cases.PlanGoalSetV1;
import nl.samenspel.contracts.cases.ProgressReviewedV1;
import nl.samenspel.contracts.cases.ReferralAcceptedV1;
import nl.samenspel.contracts.cases.ReferralAnswerOverdueV1;
import nl.samenspel.contracts.cases.ReferralCompletedV1;
import nl.samenspel.contracts.cases.ReferralDeclinedV1;
import nl.samenspel.contracts.cases.ReferralMadeV1;
import nl.samenspel.contracts.cases.SignalFeedbackOverdueV1;
import nl.samenspel.contracts.cases.SignalFeedbackRecordedV1;
import nl.samenspel.contracts.cases.SignalRaisedV1;
import nl.samenspel.contracts.partners.CoachAssignedV1;
import nl.samenspel.contracts.partners.ConfidentialityUndertakingSignedV1;
import nl.samenspel.contracts.partners.CovenantSignedV1;
import nl.samenspel.contracts.partners.CovenantWithdrawnV1;
import nl.samenspel.contracts.partners.InformalPartyRepresentedV1;
import nl.samenspel.contracts.partners.InformalRepresentativeAppointedV1;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.contracts.partners.MemberLeftV1;
import nl.samenspel.contracts.partners.MemberMovedV1;
import nl.samenspel.contracts.partners.NetworkConfiguredV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.contracts.partners.OrganisationInvitedV1;
import nl.samenspel.contracts.partners.OrganisationRegisteredV1;
import nl.samenspel.contracts.partners.PersonAccountLinkedV1;
import nl.samenspel.contracts.partners.PersonRegisteredV1;
import nl.samenspel.contracts.partners.ServiceAreaChangedV1;
import nl.samenspel.contracts.partners.ServiceChangedV1;
import nl.samenspel.contracts.partners.ServiceOfferedV1;
import nl.samenspel.contracts.partners.ServiceWithdrawnV1;
import nl.samenspel.contracts.partners.VolunteerAgreementConcludedV1;
import nl.samenspel.contracts.partners.VolunteerAgreementEndedV1;
import nl.samenspel.contracts.partners.VolunteerLoadChangedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadClearedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadFlaggedV1;
import nl.samenspel.contracts.partners.VolunteerTrainingRecordedV1;

/** Every integration event type Samenspel publishes, so consumers can map a CloudEvent type to its record. */
public final class PublishedLanguage {

    public static final List<Class<? extends IntegrationEvent>> EVENTS = List.of(
            SignalRaisedV1.class,
            NetworkRegisteredV1.class,
            OrganisationRegisteredV1.class,
            ServiceAreaChangedV1.class,
            NetworkConfiguredV1.class,
            InformalRepresentativeAppointedV1.class,
            OrganisationInvitedV1.class,
            MemberJoinedV1.class,
            MemberMovedV1.class,
            MemberLeftV1.class,
            InformalPartyRepresentedV1.class,
            CovenantSignedV1.class,
            CovenantWithdrawnV1.class,
            PersonRegisteredV1.class,
            PersonAccountLinkedV1.class,
            ConfidentialityUndertakingSignedV1.class,
            VolunteerAgreementConcludedV1.class,
            CoachAssignedV1.class,
            VolunteerTrainingRecordedV1.class,
            VolunteerLoadChangedV1.class,
            VolunteerOverloadFlaggedV1.class,
            VolunteerOverloadClearedV1.class,
            VolunteerAgreementEndedV1.class,
            ServiceOfferedV1.class,
            ServiceChangedV1.class,
            ServiceWithdrawnV1.class,
            ActionAgreedV1.class,
            ActionProgressReviewedV1.class,
            AftercareReviewDueV1.class,
            AftercareStartedV1.class,
            BilateralHandlingRecordedV1.class,
            CaseAnalysedV1.class,
            CaseClosedV1.class,
            CaseOpenedV1.class,
            CaseTabledV1.class,
            CaseTeamMemberAddedV1.class,
            CaseTeamMemberRemovedV1.class,
            ClientAddedToCaseV1.class,
            ConsultativeAdviceGivenV1.class,
            ConsultativeQuestionAskedV1.class,
            FollowUpReviewedV1.class,
            HandoverAcceptanceOverdueV1.class,
            HandoverAcceptedV1.class,
            HandoverDeclinedV1.class,
            HandoverFeedbackReturnedV1.class,
            HandoverInitiatedV1.class,
            InformalHelpDeployedV1.class,
            InformalOptionAssessedV1.class,
            PlanGoalSetV1.class,
            ProgressReviewedV1.class,
            ReferralAcceptedV1.class,
            ReferralAnswerOverdueV1.class,
            ReferralCompletedV1.class,
            ReferralDeclinedV1.class,
            ReferralMadeV1.class,
            SignalFeedbackOverdueV1.class,
            SignalFeedbackRecordedV1.class);

    private static final Map<String, Class<? extends IntegrationEvent>> BY_TYPE_AND_VERSION = EVENTS.stream()
            .collect(Collectors.toUnmodifiableMap(PublishedLanguage::key, Function.identity()));

    private PublishedLanguage() {
    }

    public static Optional<Class<? extends IntegrationEvent>> eventClass(String type, int schemaVersion) {
        return Optional.ofNullable(BY_TYPE_AND_VERSION.get(type + "/v" + schemaVersion));
    }

    private static String key(Class<? extends IntegrationEvent> eventClass) {
        CloudEventType type = CloudEventTypes.of(eventClass);
        return type.value() + "/v" + type.schemaVersion();
    }
}
