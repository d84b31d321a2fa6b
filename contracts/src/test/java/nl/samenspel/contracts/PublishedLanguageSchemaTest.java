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
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.samenspel.contracts.cases.SignalRaisedV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.contracts.partners.OrganisationRegisteredV1;
import nl.samenspel.contracts.partners.ServiceAreaChangedV1;
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

    private static final Map<Class<? extends IntegrationEvent>, IntegrationEvent> SAMPLES = Map.of(
            SignalRaisedV1.class, new SignalRaisedV1(UUID.randomUUID().toString(), "oggz-zuiderhaven",
                    SignallerRole.NEIGHBOUR, Formality.INFORMAL, true, Instant.parse("2026-11-24T08:00:00Z")),
            NetworkRegisteredV1.class, new NetworkRegisteredV1("wijknetwerk-noord", "Wijknetwerk Noord",
                    NetworkType.NEIGHBOURHOOD, "GM9901", "welzijn-zuiderhaven", Instant.parse("2026-11-24T08:00:00Z")),
            OrganisationRegisteredV1.class, new OrganisationRegisteredV1("buurtzorg-noord", "Buurtzorg Noord",
                    KindOfHelp.FORMAL, KindOfParty.FORMAL_ORGANISATION, OrganisationType.PROFESSIONALS_WITH_VOLUNTEER_SUPPORT,
                    Sector.HOME_CARE, "GM9901", List.of("BU99010101", "WK990102"), Instant.parse("2026-11-24T08:00:00Z")),
            ServiceAreaChangedV1.class, new ServiceAreaChangedV1("buurtzorg-noord", List.of("WK990101"),
                    Instant.parse("2026-11-24T08:00:00Z")));

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
