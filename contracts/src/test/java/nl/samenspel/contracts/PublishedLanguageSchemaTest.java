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
import nl.samenspel.contracts.cases.SignalRaisedV1;
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
                    AT)));

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
            properties.get(component.getName()).get("enum").forEach(v -> inSchema.add(v.asText()));
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
