package nl.samenspel.partners.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.samenspel.contracts.CloudEventTypes;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.partners.OrganisationRegisteredV1;
import nl.samenspel.contracts.partners.ServiceAreaChangedV1;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.ServiceIntegrationTest;
import nl.samenspel.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationApiIntegrationTest extends ServiceIntegrationTest {

    private static final String GGD = "ggd-zuiderhaven";
    private static final String COORDINATOR_SUBJECT = "c0a8f3e2-coordinator-fatima";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper STRICT_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    private static String coordinator() {
        return TestInfrastructure.token(COORDINATOR_SUBJECT, GGD, Roles.NETWORK_COORDINATOR);
    }

    private static String as(String organisation, String role) {
        return TestInfrastructure.token("someone-" + role, organisation, role);
    }

    private static String newOrganisationId() {
        return "buurtzorg-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A CBS gemeente part no other test uses, so neighbourhood filters see only this test's organisations. */
    private static String gemeente() {
        return "%04d".formatted(Math.floorMod(UUID.randomUUID().hashCode(), 10_000));
    }

    private static Map<String, Object> organisation(String... neighbourhoods) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Buurtzorg Noord");
        body.put("kindOfHelp", "FORMAL");
        body.put("kindOfParty", "FORMAL_ORGANISATION");
        body.put("organisationType", "PROFESSIONALS_WITH_VOLUNTEER_SUPPORT");
        body.put("sector", "HOME_CARE");
        body.put("municipalityCode", "GM9901");
        body.put("neighbourhoods", List.of(neighbourhoods));
        return body;
    }

    private static String validOrganisationJson() {
        return json(organisation("WK990101", "BU99010201"));
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String with(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = organisation("WK990101");
        change.accept(body);
        return json(body);
    }

    private static String serviceArea(Object neighbourhoods) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("neighbourhoods", neighbourhoods);
        return json(body);
    }

    private String registered(String organisationId, String body) {
        Api.Response created = api().as(coordinator()).put("/organisations/" + organisationId, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return organisationId;
    }

    private JsonNode readBack(String organisationId, java.util.function.Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> api().as(coordinator()).get("/organisations/" + organisationId),
                        r -> r.status() == 200 && until.test(r.json()))
                .json();
    }

    @Test
    void aCoordinatorOnboardsAnOrganisationWhichCanBeReadBackAndIsPublished() throws Exception {
        String organisationId = newOrganisationId();

        Api.Response created = api().as(coordinator()).put("/organisations/" + organisationId,
                json(organisation("WK990102", "BU99010101")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode organisation = readBack(organisationId, o -> true);
        assertThat(organisation.get("organisationId").asText()).isEqualTo(organisationId);
        assertThat(organisation.get("name").asText()).isEqualTo("Buurtzorg Noord");
        assertThat(organisation.get("kindOfHelp").asText()).isEqualTo("FORMAL");
        assertThat(organisation.get("kindOfParty").asText()).isEqualTo("FORMAL_ORGANISATION");
        assertThat(organisation.get("organisationType").asText()).isEqualTo("PROFESSIONALS_WITH_VOLUNTEER_SUPPORT");
        assertThat(organisation.get("sector").asText()).isEqualTo("HOME_CARE");
        assertThat(organisation.get("municipalityCode").asText()).isEqualTo("GM9901");
        assertThat(JSON.convertValue(organisation.get("neighbourhoods"), List.class))
                .containsExactly("BU99010101", "WK990102");
        Instant registeredAt = Instant.parse(organisation.get("registeredAt").asText());
        assertThat(registeredAt).isBetween(Instant.now().minusSeconds(120), Instant.now());
        assertThat(api().as(as("vrijwilligers-zuiderhaven", Roles.VOLUNTEER)).get("/organisations").json()
                .findValuesAsText("organisationId")).contains(organisationId);

        String storedEventId = jdbc.queryForObject(
                "select eventidentifier from domainevententry where aggregateidentifier = ?", String.class, organisationId);
        ConsumerRecord<String, byte[]> record = published(organisationId, "nl.samenspel.partner.organisation-registered");
        assertThat(record.key()).isEqualTo(organisationId);
        assertThat(KafkaTopics.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaTopics.header(record, "ce_id")).isEqualTo(storedEventId);
        assertThat(KafkaTopics.header(record, "ce_source")).isEqualTo("/samenspel/partner-service");
        assertThat(KafkaTopics.header(record, "ce_schemaversion")).isEqualTo("1");
        assertThat(KafkaTopics.header(record, "ce_actor")).isEqualTo(COORDINATOR_SUBJECT);
        assertThat(KafkaTopics.header(record, "ce_actororganisation")).isEqualTo(GGD);
        JsonNode data = STRICT_JSON.readTree(record.value());
        assertThat(schemaErrors(OrganisationRegisteredV1.class, data)).isEmpty();
        assertThat(STRICT_JSON.treeToValue(data, OrganisationRegisteredV1.class)).isEqualTo(new OrganisationRegisteredV1(
                organisationId, "Buurtzorg Noord", KindOfHelp.FORMAL, KindOfParty.FORMAL_ORGANISATION,
                OrganisationType.PROFESSIONALS_WITH_VOLUNTEER_SUPPORT, Sector.HOME_CARE, "GM9901",
                List.of("BU99010101", "WK990102"), registeredAt));
    }

    @Test
    void aPartnerSystemRegistersItsOwnOrganisation() {
        String organisationId = newOrganisationId();

        Api.Response created = api().as(as(organisationId, Roles.PARTNER_SYSTEM))
                .put("/organisations/" + organisationId, validOrganisationJson());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(readBack(organisationId, o -> true).get("name").asText()).isEqualTo("Buurtzorg Noord");
    }

    @Test
    void registeringTheSameOrganisationAgainIsAConflictAndStoresNothing() {
        String organisationId = registered(newOrganisationId(), validOrganisationJson());
        long before = storedEvents();

        Api.Response again = api().as(coordinator()).put("/organisations/" + organisationId,
                with(body -> body.put("name", "Een andere naam")));

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.json().get("type").asText()).endsWith("/already-exists");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPartnerSystemMayNotRegisterAnotherOrganisation() {
        long before = storedEvents();

        Api.Response response = api().as(as("andere-organisatie", Roles.PARTNER_SYSTEM))
                .put("/organisations/" + newOrganisationId(), validOrganisationJson());

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPartnerSystemWhoseTokenNamesNoOrganisationMayNotRegisterOne() {
        long before = storedEvents();

        Api.Response response = api().as(as(null, Roles.PARTNER_SYSTEM))
                .put("/organisations/" + newOrganisationId(), validOrganisationJson());

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.VOLUNTEER, Roles.PROFESSIONAL, Roles.MUNICIPALITY_ANALYST, Roles.PRIVACY_OFFICER,
            Roles.CITIZEN})
    void onlyACoordinatorOrTheOrganisationsOwnSystemMayRegisterIt(String role) {
        String organisationId = newOrganisationId();
        long before = storedEvents();

        Api.Response response = api().as(as(organisationId, role))
                .put("/organisations/" + organisationId, validOrganisationJson());

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void withoutATokenTheAnswerIs401AndNothingIsStored() throws Exception {
        long before = storedEvents();

        HttpResponse<String> register = rawPut("/organisations/" + newOrganisationId(), validOrganisationJson());
        HttpResponse<String> change = rawPut("/organisations/" + newOrganisationId() + "/service-area",
                serviceArea(List.of("WK990101")));

        for (HttpResponse<String> response : List.of(register, change)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        }
        assertThat(api().get("/organisations").status()).isEqualTo(401);
        assertThat(api().get("/organisations/" + newOrganisationId()).status()).isEqualTo(401);
        assertThat(storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("missing name", with(body -> body.remove("name")), "name"),
                Arguments.of("blank name", with(body -> body.put("name", "   ")), "name"),
                Arguments.of("name with a control character", with(body -> body.put("name", "Buurtzorg\u0007Noord")),
                        "name"),
                Arguments.of("name with a line break", with(body -> body.put("name", "Buurtzorg\nNoord")), "name"),
                Arguments.of("name of 121 characters", with(body -> body.put("name", "x".repeat(121))), "name"),
                Arguments.of("unknown kind of help", with(body -> body.put("kindOfHelp", "PAID")), "kindOfHelp"),
                Arguments.of("unknown kind of party", with(body -> body.put("kindOfParty", "CHURCH")), "kindOfParty"),
                Arguments.of("unknown organisation type", with(body -> body.put("organisationType", "ROBOTS_ONLY")),
                        "organisationType"),
                Arguments.of("unknown sector", with(body -> body.put("sector", "BAKERY")), "sector"),
                Arguments.of("sector as a number", with(body -> body.put("sector", 1)), "sector"),
                Arguments.of("missing sector", with(body -> body.remove("sector")), "sector"),
                Arguments.of("municipality code without GM", with(body -> body.put("municipalityCode", "9901")),
                        "municipalityCode"),
                Arguments.of("missing municipality code", with(body -> body.remove("municipalityCode")),
                        "municipalityCode"),
                Arguments.of("a neighbourhood that is not a CBS code",
                        with(body -> body.put("neighbourhoods", List.of("Noord"))), "neighbourhoods[0]"),
                Arguments.of("a wijk code with 5 digits",
                        with(body -> body.put("neighbourhoods", List.of("WK990101", "WK99010"))), "neighbourhoods[1]"),
                Arguments.of("a municipality code as neighbourhood",
                        with(body -> body.put("neighbourhoods", List.of("GM9901"))), "neighbourhoods[0]"),
                Arguments.of("empty neighbourhood list", with(body -> body.put("neighbourhoods", List.of())),
                        "neighbourhoods"),
                Arguments.of("missing neighbourhoods", with(body -> body.remove("neighbourhoods")), "neighbourhoods"),
                Arguments.of("201 neighbourhoods", with(body -> body.put("neighbourhoods", buurten(201))),
                        "neighbourhoods"),
                Arguments.of("neighbourhoods as a string", with(body -> body.put("neighbourhoods", "WK990101")),
                        "neighbourhoods"),
                Arguments.of("unknown extra field", with(body -> body.put("contactPerson", "Jan")), "contactPerson"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsABadRequestNamingTheFieldAndStoresNothing(String label, String body, String field) {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).put("/organisations/" + newOrganisationId(), body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("errors").findValuesAsText("field")).as(response.toString())
                .containsExactly(field);
        assertThat(response.body()).doesNotContain("Noord\"").doesNotContain("Jan");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void exactly200NeighbourhoodsAreAccepted() {
        String organisationId = newOrganisationId();

        Api.Response created = api().as(coordinator()).put("/organisations/" + organisationId,
                with(body -> body.put("neighbourhoods", buurten(200))));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(readBack(organisationId, o -> true).get("neighbourhoods").size()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad_Id", "Buurtzorg-Noord", "-buurtzorg", "buurtzorg-", "a%20b"})
    void anOrganisationIdOfTheWrongShapeIsABadRequestNamingIt(String organisationId) {
        long before = storedEvents();

        Api.Response register = api().as(coordinator()).put("/organisations/" + organisationId, validOrganisationJson());
        Api.Response change = api().as(coordinator()).put("/organisations/" + organisationId + "/service-area",
                serviceArea(List.of("WK990101")));

        for (Api.Response response : List.of(register, change)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.isProblem()).as(response.toString()).isTrue();
            assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("organisationId");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anOrganisationIdLongerThan64CharactersIsABadRequest() {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).put("/organisations/" + "a".repeat(65), validOrganisationJson());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("organisationId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aCoordinatorChangesTheServiceAreaWhichIsReadBackAndPublished() throws Exception {
        String organisationId = registered(newOrganisationId(), validOrganisationJson());

        Api.Response changed = api().as(coordinator()).put("/organisations/" + organisationId + "/service-area",
                serviceArea(List.of("WK990105", "BU99010301", "WK990105")));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        JsonNode organisation = readBack(organisationId, o -> o.get("neighbourhoods").size() == 2);
        assertThat(JSON.convertValue(organisation.get("neighbourhoods"), List.class))
                .containsExactly("BU99010301", "WK990105");
        ConsumerRecord<String, byte[]> record = published(organisationId, "nl.samenspel.partner.service-area-changed");
        assertThat(record.key()).isEqualTo(organisationId);
        assertThat(KafkaTopics.header(record, "ce_schemaversion")).isEqualTo("1");
        JsonNode data = STRICT_JSON.readTree(record.value());
        assertThat(schemaErrors(ServiceAreaChangedV1.class, data)).isEmpty();
        ServiceAreaChangedV1 event = STRICT_JSON.treeToValue(data, ServiceAreaChangedV1.class);
        assertThat(event.organisationId()).isEqualTo(organisationId);
        assertThat(event.neighbourhoods()).containsExactly("BU99010301", "WK990105");
        assertThat(event.changedAt()).isBetween(Instant.now().minusSeconds(120), Instant.now());
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.PARTNER_SYSTEM, Roles.PROFESSIONAL})
    void theOrganisationsOwnSystemOrProfessionalChangesItsServiceArea(String role) {
        String organisationId = registered(newOrganisationId(), validOrganisationJson());

        Api.Response changed = api().as(as(organisationId, role))
                .put("/organisations/" + organisationId + "/service-area", serviceArea(List.of("WK990109")));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.PARTNER_SYSTEM, Roles.PROFESSIONAL})
    void aSystemOrProfessionalOfAnotherOrganisationMayNotChangeTheServiceArea(String role) {
        String organisationId = registered(newOrganisationId(), validOrganisationJson());
        long before = storedEvents();

        Api.Response response = api().as(as("andere-organisatie", role))
                .put("/organisations/" + organisationId + "/service-area", serviceArea(List.of("WK990109")));

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.VOLUNTEER, Roles.MUNICIPALITY_ANALYST, Roles.CITIZEN})
    void otherRolesMayNotChangeAServiceAreaEvenOfTheirOwnOrganisation(String role) {
        String organisationId = registered(newOrganisationId(), validOrganisationJson());
        long before = storedEvents();

        Api.Response response = api().as(as(organisationId, role))
                .put("/organisations/" + organisationId + "/service-area", serviceArea(List.of("WK990109")));

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aChangeThatChangesNothingIsAConflictAndStoresNothing() {
        String organisationId = registered(newOrganisationId(), validOrganisationJson());
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).put("/organisations/" + organisationId + "/service-area",
                serviceArea(List.of("BU99010201", "WK990101")));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asText()).endsWith("/service-area-unchanged");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void changingTheServiceAreaOfAnUnknownOrganisationIsNotFound() {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).put("/organisations/" + newOrganisationId() + "/service-area",
                serviceArea(List.of("WK990101")));

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
        assertThat(storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badServiceAreas() {
        return Stream.of(
                Arguments.of("empty list", serviceArea(List.of()), "neighbourhoods"),
                Arguments.of("missing list", "{}", "neighbourhoods"),
                Arguments.of("not a CBS code", serviceArea(List.of("WK990101", "Noord")), "neighbourhoods[1]"),
                Arguments.of("201 neighbourhoods", serviceArea(buurten(201)), "neighbourhoods"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badServiceAreas")
    void aBadServiceAreaIsABadRequestNamingTheFieldAndStoresNothing(String label, String body, String field) {
        String organisationId = registered(newOrganisationId(), validOrganisationJson());
        long before = storedEvents();

        Api.Response response = api().as(coordinator())
                .put("/organisations/" + organisationId + "/service-area", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("errors").findValuesAsText("field")).as(response.toString())
                .containsExactly(field);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void organisationsCanBeFilteredBySectorAndNeighbourhood() {
        String gm = gemeente();
        String debtInWijk = registered(newOrganisationId(), with(body -> {
            body.put("sector", "DEBT_HELP");
            body.put("neighbourhoods", List.of("WK" + gm + "01"));
        }));
        String housingInBuurt = registered(newOrganisationId(), with(body -> {
            body.put("sector", "HOUSING");
            body.put("neighbourhoods", List.of("BU" + gm + "0102"));
        }));
        String debtElsewhere = registered(newOrganisationId(), with(body -> {
            body.put("sector", "DEBT_HELP");
            body.put("neighbourhoods", List.of("WK" + gm + "02"));
        }));
        readBack(debtElsewhere, o -> true);
        readBack(housingInBuurt, o -> true);
        readBack(debtInWijk, o -> true);
        String reader = as("vrijwilligers-zuiderhaven", Roles.VOLUNTEER);

        assertThat(ids(api().as(reader).get("/organisations?neighbourhood=BU" + gm + "0102")))
                .containsExactlyInAnyOrder(debtInWijk, housingInBuurt);
        assertThat(ids(api().as(reader).get("/organisations?sector=DEBT_HELP&neighbourhood=BU" + gm + "0102")))
                .containsExactly(debtInWijk);
        assertThat(ids(api().as(reader).get("/organisations?sector=DEBT_HELP")))
                .contains(debtInWijk, debtElsewhere).doesNotContain(housingInBuurt);
    }

    @Test
    void anUnknownSectorOrAMalformedNeighbourhoodFilterIsABadRequest() {
        Api.Response sector = api().as(coordinator()).get("/organisations?sector=BAKERY");
        Api.Response neighbourhood = api().as(coordinator()).get("/organisations?neighbourhood=Noord");

        assertThat(sector.status()).as(sector.toString()).isEqualTo(400);
        assertThat(sector.json().get("errors").findValuesAsText("field")).containsExactly("sector");
        assertThat(neighbourhood.status()).as(neighbourhood.toString()).isEqualTo(400);
        assertThat(neighbourhood.json().get("errors").findValuesAsText("field")).containsExactly("neighbourhood");
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        Api.Response response = api().as(coordinator()).get("/organisations/" + newOrganisationId());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    private static List<String> buurten(int count) {
        return IntStream.range(0, count).mapToObj(i -> "BU9901%04d".formatted(i)).toList();
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().findValuesAsText("organisationId");
    }

    private static void assertForbidden(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(403);
    }

    private ConsumerRecord<String, byte[]> published(String organisationId, String type) {
        return KafkaTopics.readUntil(bootstrapServers(), Topics.PARTNER_EVENTS, Duration.ofSeconds(30),
                        records -> records.stream().anyMatch(r -> isAbout(r, organisationId, type)))
                .stream().filter(r -> isAbout(r, organisationId, type)).findFirst().orElseThrow();
    }

    private static boolean isAbout(ConsumerRecord<String, byte[]> record, String organisationId, String type) {
        return organisationId.equals(KafkaTopics.header(record, "ce_subject")) && type.equals(KafkaTopics.header(record, "ce_type"));
    }


    private HttpResponse<String> rawPut(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> schemaErrors(Class<? extends IntegrationEvent> eventClass, JsonNode data)
            throws IOException {
        String resource = CloudEventTypes.schemaResource(CloudEventTypes.of(eventClass));
        try (InputStream schema = eventClass.getClassLoader().getResourceAsStream(resource)) {
            assertThat(schema).as(resource).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(data)
                    .stream().map(Object::toString).toList();
        }
    }
}
