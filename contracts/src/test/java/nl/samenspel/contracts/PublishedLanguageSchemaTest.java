package nl.samenspel.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.samenspel.contracts.cases.*;
import nl.samenspel.contracts.partners.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The records and their committed JSON Schemas must agree, or a consumer written against the
 * schema breaks on what the producer actually sends.
 */
class PublishedLanguageSchemaTest {

    /** Serialised exactly as the publisher does: ISO-8601 instants, enum names. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final Instant AT = Instant.parse("2026-11-24T08:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-12-08");
    private static final String PERSON = "3f1c2a9e-5b7d-4e21-9c3a-1d2e3f4a5b6c";
    private static final String COACH = "7a8b9c0d-1e2f-4a3b-8c5d-6e7f8a9b0c1d";
    private static final String AGREEMENT = "0b1c2d3e-4f5a-4b6c-9d8e-0f1a2b3c4d5e";

    private static final Map<Class<? extends IntegrationEvent>, IntegrationEvent> SAMPLES = Map.ofEntries(
            Map.entry(SignalRaisedV1.class, new SignalRaisedV1(UUID.randomUUID().toString(), "oggz-zuiderhaven",
                    SignallerRole.NEIGHBOUR, Formality.INFORMAL, true, AT)),
            Map.entry(NetworkRegisteredV1.class, new NetworkRegisteredV1("wijknetwerk-noord", "Wijknetwerk Noord",
                    NetworkType.NEIGHBOURHOOD, "GM9901", "welzijn-zuiderhaven", AT)),
            Map.entry(OrganisationRegisteredV1.class, new OrganisationRegisteredV1("buurtzorg-noord", "Buurtzorg Noord",
                    KindOfHelp.FORMAL, KindOfParty.FORMAL_ORGANISATION, OrganisationType.PROFESSIONALS_WITH_VOLUNTEER_SUPPORT,
                    Sector.HOME_CARE, "GM9901", List.of("BU99010101", "WK990102"), AT)),
            Map.entry(ServiceAreaChangedV1.class, new ServiceAreaChangedV1("buurtzorg-noord", List.of("WK990101"), AT)),
            Map.entry(NetworkConfiguredV1.class, new NetworkConfiguredV1("oggz-zuiderhaven",
                    List.of(LegalBasis.NONE_YET, LegalBasis.INFORMED_CONSENT, LegalBasis.HIGHER_INTEREST_OVERRIDE), true,
                    List.of(Sector.GGD, Sector.MENTAL_HEALTH, Sector.POLICE), List.of(Ring.OUTER), false, 18, null,
                    List.of(), "Volwassenen met acute, escalerende problemen", AT)),
            Map.entry(InformalRepresentativeAppointedV1.class, new InformalRepresentativeAppointedV1("wijknetwerk-noord",
                    PERSON, "vrijwilligers-zuiderhaven", AT)),
            Map.entry(OrganisationInvitedV1.class, new OrganisationInvitedV1("oggz-zuiderhaven", "woonstede", Ring.CORE, AT)),
            Map.entry(MemberJoinedV1.class, new MemberJoinedV1("oggz-zuiderhaven", "woonstede", Ring.CORE, AT)),
            Map.entry(MemberMovedV1.class, new MemberMovedV1("wijknetwerk-noord", "kerk-noord", Ring.OUTER, Ring.CORE, AT)),
            Map.entry(MemberLeftV1.class, new MemberLeftV1("wijknetwerk-noord", "kerk-noord", Ring.CORE,
                    LeaveReason.FUNDING_ENDED, AT)),
            Map.entry(InformalPartyRepresentedV1.class, new InformalPartyRepresentedV1("wijknetwerk-noord",
                    "buurtinitiatief-noord", PERSON, AT)),
            Map.entry(CovenantSignedV1.class, new CovenantSignedV1("oggz-zuiderhaven", "woonstede", PERSON,
                    SignatoryLevel.BOARD, AT)),
            Map.entry(CovenantWithdrawnV1.class, new CovenantWithdrawnV1("oggz-zuiderhaven", "woonstede", AT)),
            Map.entry(PersonRegisteredV1.class, new PersonRegisteredV1(PERSON, PersonKind.FAMILY_CARER, null, AT)),
            Map.entry(PersonAccountLinkedV1.class, new PersonAccountLinkedV1(PERSON, "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d", AT)),
            Map.entry(ConfidentialityUndertakingSignedV1.class, new ConfidentialityUndertakingSignedV1(PERSON,
                    "wijknetwerk-noord", AT)),
            Map.entry(VolunteerAgreementConcludedV1.class, new VolunteerAgreementConcludedV1(AGREEMENT, PERSON,
                    "vrijwilligers-zuiderhaven", List.of(VolunteerTask.COMPANIONSHIP, VolunteerTask.TRANSPORT),
                    List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalDate.parse("2026-01-01"),
                    LocalDate.parse("2026-12-31"), CapacityUnit.CASES, 2, AT)),
            Map.entry(CoachAssignedV1.class, new CoachAssignedV1(AGREEMENT, PERSON, COACH, AT)),
            Map.entry(VolunteerTrainingRecordedV1.class, new VolunteerTrainingRecordedV1(AGREEMENT, PERSON,
                    "Signaleren van huiselijk geweld", LocalDate.parse("2026-03-12"))),
            Map.entry(VolunteerLoadChangedV1.class, new VolunteerLoadChangedV1(AGREEMENT, PERSON,
                    "vrijwilligers-zuiderhaven", 3, 2, CapacityUnit.CASES, AT)),
            Map.entry(VolunteerOverloadFlaggedV1.class, new VolunteerOverloadFlaggedV1(AGREEMENT, PERSON,
                    "vrijwilligers-zuiderhaven", OverloadSource.AUTOMATIC, AT)),
            Map.entry(VolunteerOverloadClearedV1.class, new VolunteerOverloadClearedV1(AGREEMENT, PERSON,
                    "vrijwilligers-zuiderhaven", AT)),
            Map.entry(VolunteerAgreementEndedV1.class, new VolunteerAgreementEndedV1(AGREEMENT, PERSON,
                    "vrijwilligers-zuiderhaven", LocalDate.parse("2026-06-30"))),
            Map.entry(ServiceOfferedV1.class, new ServiceOfferedV1("maatjesproject-noord", "vrijwilligers-zuiderhaven",
                    "Maatjesproject Noord", "Een maatje voor wie weinig mensen om zich heen heeft.",
                    List.of(Need.LONELINESS), KindOfHelp.INFORMAL, List.of("WK990101"), 12,
                    "Bel 0180-000000 (ma-vr 9-12 uur)", AT)),
            Map.entry(ServiceChangedV1.class, new ServiceChangedV1("zelfhulpgroep-rouw", "zelfhulp-zuiderhaven",
                    "Lotgenotengroep Rouw", "Maandelijkse bijeenkomst; aanmelden is niet nodig.",
                    List.of(Need.PEER_SUPPORT), KindOfHelp.INFORMAL, List.of("WK990101"), null,
                    "Elke eerste dinsdag, Buurthuis De Ster", AT)),
            Map.entry(ServiceWithdrawnV1.class, new ServiceWithdrawnV1("maatjesproject-noord", "vrijwilligers-zuiderhaven",
                    AT)),
            Map.entry(ActionAgreedV1.class, new ActionAgreedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", PartyKind.ORGANISATION, "ggz-delta", DAY, "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", AT)),
            Map.entry(ActionProgressReviewedV1.class, new ActionProgressReviewedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", ActionStatus.OPEN, AT)),
            Map.entry(AftercareReviewDueV1.class, new AftercareReviewDueV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", DAY, true, AT)),
            Map.entry(AftercareStartedV1.class, new AftercareStartedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", PartyKind.ORGANISATION, PERSON, DAY, AT)),
            Map.entry(BilateralHandlingRecordedV1.class, new BilateralHandlingRecordedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", PartyKind.ORGANISATION, "ggz-delta", PartyKind.ORGANISATION, PERSON, AT)),
            Map.entry(CaseAnalysedV1.class, new CaseAnalysedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", AT)),
            Map.entry(CaseClosedV1.class, new CaseClosedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", ClosureReason.GOALS_REACHED, Outcome.IMPROVED, DAY, AT)),
            Map.entry(CaseOpenedV1.class, new CaseOpenedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", null, true, List.of(ProblemDomain.SELF_NEGLECT), true, Presentation.NUISANCE, LegalBasis.NONE_YET, AT)),
            Map.entry(CaseTabledV1.class, new CaseTabledV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", DAY, AT)),
            Map.entry(CaseTeamMemberAddedV1.class, new CaseTeamMemberAddedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", PartyKind.ORGANISATION, PERSON, AT)),
            Map.entry(CaseTeamMemberRemovedV1.class, new CaseTeamMemberRemovedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", PartyKind.ORGANISATION, PERSON, AT)),
            Map.entry(ClientAddedToCaseV1.class, new ClientAddedToCaseV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", AT)),
            Map.entry(ConsultativeAdviceGivenV1.class, new ConsultativeAdviceGivenV1("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "oggz-zuiderhaven", Severity.LOW, true, AT)),
            Map.entry(ConsultativeQuestionAskedV1.class, new ConsultativeQuestionAskedV1("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "oggz-zuiderhaven", List.of(ProblemDomain.SELF_NEGLECT), Severity.LOW, AT)),
            Map.entry(FollowUpReviewedV1.class, new FollowUpReviewedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", Outcome.IMPROVED, AT)),
            Map.entry(HandoverAcceptanceOverdueV1.class, new HandoverAcceptanceOverdueV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", PERSON, DAY, AT)),
            Map.entry(HandoverAcceptedV1.class, new HandoverAcceptedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", PERSON, LegalBasis.NONE_YET, null, AT)),
            Map.entry(HandoverDeclinedV1.class, new HandoverDeclinedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", PERSON, DeclineReason.NO_CAPACITY, AT)),
            Map.entry(HandoverFeedbackReturnedV1.class, new HandoverFeedbackReturnedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", PERSON, AT)),
            Map.entry(HandoverInitiatedV1.class, new HandoverInitiatedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", HandoverSubject.CASE_LEAD, null, PartyKind.ORGANISATION, "ggz-delta", PartyKind.ORGANISATION, PERSON, HelpDirection.FORMAL_TO_FORMAL, COACH, LegalBasis.NONE_YET, null, DAY, AT)),
            Map.entry(InformalHelpDeployedV1.class, new InformalHelpDeployedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", PartyKind.ORGANISATION, PERSON, DeploymentMode.PRECEDING, InformalHelpKind.PRACTICAL, HelpDuration.ONE_OFF, AT)),
            Map.entry(InformalOptionAssessedV1.class, new InformalOptionAssessedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", InformalOptionOutcome.INFORMAL_HELP, FormalHelpReason.SAFETY_RISK, true, AT)),
            Map.entry(PlanGoalSetV1.class, new PlanGoalSetV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", AT)),
            Map.entry(ProgressReviewedV1.class, new ProgressReviewedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", Outcome.IMPROVED, DAY, AT)),
            Map.entry(ReferralAcceptedV1.class, new ReferralAcceptedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "ggz-delta", LegalBasis.NONE_YET, null, AT)),
            Map.entry(ReferralAnswerOverdueV1.class, new ReferralAnswerOverdueV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "ggz-delta", DAY, AT)),
            Map.entry(ReferralCompletedV1.class, new ReferralCompletedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "ggz-delta", AT)),
            Map.entry(ReferralDeclinedV1.class, new ReferralDeclinedV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "ggz-delta", DeclineReason.NO_CAPACITY, AT)),
            Map.entry(ReferralMadeV1.class, new ReferralMadeV1("5d0f7a1e-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "oggz-zuiderhaven", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "ggz-delta", ReferralTarget.ORGANISATION, "ggz-delta", true, HelpDirection.FORMAL_TO_FORMAL, LegalBasis.NONE_YET, null, DAY, AT)),
            Map.entry(SignalFeedbackOverdueV1.class, new SignalFeedbackOverdueV1("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "oggz-zuiderhaven", DAY, AT)),
            Map.entry(SignalFeedbackRecordedV1.class, new SignalFeedbackRecordedV1("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "oggz-zuiderhaven", DAY, AT)));

    static final Set<Class<? extends IntegrationEvent>> events = Set.copyOf(PublishedLanguage.EVENTS);

    @ParameterizedTest
    @FieldSource("events")
    void aSampleOfEveryEventValidatesAgainstItsCommittedSchema(Class<? extends IntegrationEvent> eventClass) throws Exception {
        assertThat(SAMPLES).as("a sample for " + eventClass.getSimpleName()).containsKey(eventClass);

        JsonNode sample = JSON.valueToTree(SAMPLES.get(eventClass));
        Set<ValidationMessage> errors = schemaOf(eventClass).validate(sample);

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("events")
    void theSchemaRequiresExactlyTheRecordComponents(Class<? extends IntegrationEvent> eventClass) throws Exception {
        JsonNode schema = schemaJson(eventClass);
        Set<String> required = StreamSupport.stream(schema.get("required").spliterator(), false)
                .map(JsonNode::asText).collect(Collectors.toSet());
        Set<String> components = Arrays.stream(eventClass.getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toSet());

        assertThat(required).isEqualTo(components);
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @ParameterizedTest
    @FieldSource("events")
    void enumPropertiesListExactlyTheJavaConstants(Class<? extends IntegrationEvent> eventClass) throws Exception {
        JsonNode properties = schemaJson(eventClass).get("properties");
        for (var component : eventClass.getRecordComponents()) {
            if (!component.getType().isEnum()) {
                continue;
            }
            Set<String> inSchema = new HashSet<>();
            // A nullable enum lists null besides the constants.
            properties.get(component.getName()).get("enum").forEach(v -> {
                if (!v.isNull()) {
                    inSchema.add(v.asText());
                }
            });
            Set<String> inJava = Arrays.stream(component.getType().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.toSet());
            assertThat(inSchema).as(component.getName()).isEqualTo(inJava);
        }
    }

    @ParameterizedTest
    @FieldSource("events")
    void aPayloadMissingARequiredFieldIsRejectedBySchema(Class<? extends IntegrationEvent> eventClass) throws Exception {
        var sample = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(SAMPLES.get(eventClass));
        String dropped = eventClass.getRecordComponents()[0].getName();
        sample.remove(dropped);

        assertThat(schemaOf(eventClass).validate(sample))
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains(dropped));
    }

    @ParameterizedTest
    @FieldSource("events")
    void typesAreStableReverseDnsNamesAndResolveBack(Class<? extends IntegrationEvent> eventClass) {
        CloudEventType type = CloudEventTypes.of(eventClass);

        assertThat(type.value()).matches("nl\\.samenspel\\.(case|partner|consent|reporting)\\.[a-z]+(-[a-z]+)*");
        assertThat(PublishedLanguage.eventClass(type.value(), type.schemaVersion())).contains(eventClass);
        assertThat(PublishedLanguage.eventClass(type.value(), type.schemaVersion() + 1)).isEmpty();
    }

    private static JsonSchema schemaOf(Class<? extends IntegrationEvent> eventClass) throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson(eventClass));
    }

    private static JsonNode schemaJson(Class<? extends IntegrationEvent> eventClass) throws Exception {
        String resource = CloudEventTypes.schemaResource(CloudEventTypes.of(eventClass));
        try (InputStream in = PublishedLanguageSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }
}
