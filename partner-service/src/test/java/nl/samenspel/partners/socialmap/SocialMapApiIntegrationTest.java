package nl.samenspel.partners.socialmap;

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
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.samenspel.contracts.CloudEventTypes;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.Need;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.partners.ServiceChangedV1;
import nl.samenspel.contracts.partners.ServiceOfferedV1;
import nl.samenspel.contracts.partners.ServiceWithdrawnV1;
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

class SocialMapApiIntegrationTest extends ServiceIntegrationTest {

    private static final String GGD = "ggd-zuiderhaven";
    private static final String SERVICES = "/social-map/services/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper STRICT_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    /** Every field an entry on the map has: none of them can hold a person. */
    private static final Set<String> ENTRY_FIELDS = Set.of("serviceId", "organisationId", "organisationName", "sector",
            "kindOfParty", "name", "description", "needs", "kindOfHelp", "neighbourhoods", "capacity", "howToReach",
            "offeredAt", "changedAt", "withdrawnAt");

    private static String coordinator() {
        return TestInfrastructure.token("c0a8f3e2-coordinator-fatima", GGD, Roles.NETWORK_COORDINATOR);
    }

    private static String as(String organisation, String role) {
        return TestInfrastructure.token("someone-" + role, organisation, role);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String newServiceId() {
        return "dienst-" + unique();
    }

    /** A CBS gemeente part no other test uses, so neighbourhood filters see only this test's services. */
    private static String gemeente() {
        return "%04d".formatted(Math.floorMod(UUID.randomUUID().hashCode(), 10_000));
    }

    private String registeredOrganisation(String sector, String kindOfParty) {
        String organisationId = "organisatie-" + unique();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Organisatie " + sector);
        body.put("kindOfHelp", "INFORMAL");
        body.put("kindOfParty", kindOfParty);
        body.put("organisationType", "VOLUNTEERS_ONLY");
        body.put("sector", sector);
        body.put("municipalityCode", "GM9901");
        body.put("neighbourhoods", List.of("WK990101"));
        Api.Response created = api().as(coordinator()).put("/organisations/" + organisationId, json(body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return organisationId;
    }

    private String registeredOrganisation() {
        return registeredOrganisation("VOLUNTEER_ORGANISATION", "FORMAL_ORGANISATION");
    }

    private static Map<String, Object> service(String organisationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationId", organisationId);
        body.put("name", "Maatjesproject Noord");
        body.put("description", "Een vrijwillig maatje voor wie eenzaam is, een middag per week.");
        body.put("needs", List.of("LONELINESS", "DAILY_STRUCTURE"));
        body.put("kindOfHelp", "INFORMAL");
        body.put("neighbourhoods", List.of("WK990101", "BU99010201"));
        body.put("capacity", 12);
        body.put("howToReach", "010-1234567, ma-vr 9-17 uur");
        return body;
    }

    private static Map<String, Object> description() {
        Map<String, Object> body = service("ignored");
        body.remove("organisationId");
        return body;
    }

    private static String with(Map<String, Object> body, Consumer<Map<String, Object>> change) {
        change.accept(body);
        return json(body);
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String offered(String organisationId, Consumer<Map<String, Object>> change) {
        String serviceId = newServiceId();
        Api.Response created = api().as(coordinator()).put(SERVICES + serviceId, with(service(organisationId), change));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return serviceId;
    }

    private JsonNode readBack(String serviceId, Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> api().as(coordinator()).get(SERVICES + serviceId),
                        r -> r.status() == 200 && until.test(r.json()))
                .json();
    }

    @Test
    void anOrganisationsSystemOffersAServiceWhichEveryRoleFindsAndWhichIsPublished() throws Exception {
        String organisationId = registeredOrganisation();
        String serviceId = newServiceId();

        Api.Response created = api().as(as(organisationId, Roles.PARTNER_SYSTEM)).put(SERVICES + serviceId,
                with(service(organisationId), body -> body.put("capacity", null)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode entry = readBack(serviceId, e -> true);
        assertThat(entry.get("serviceId").asText()).isEqualTo(serviceId);
        assertThat(entry.get("organisationId").asText()).isEqualTo(organisationId);
        assertThat(entry.get("organisationName").asText()).isEqualTo("Organisatie VOLUNTEER_ORGANISATION");
        assertThat(entry.get("sector").asText()).isEqualTo("VOLUNTEER_ORGANISATION");
        assertThat(entry.get("kindOfParty").asText()).isEqualTo("FORMAL_ORGANISATION");
        assertThat(entry.get("name").asText()).isEqualTo("Maatjesproject Noord");
        assertThat(texts(entry.get("needs"))).containsExactly("LONELINESS", "DAILY_STRUCTURE");
        assertThat(entry.get("kindOfHelp").asText()).isEqualTo("INFORMAL");
        assertThat(texts(entry.get("neighbourhoods"))).containsExactly("BU99010201", "WK990101");
        assertThat(entry.has("capacity")).isFalse();
        assertThat(entry.get("howToReach").asText()).isEqualTo("010-1234567, ma-vr 9-17 uur");
        Instant offeredAt = Instant.parse(entry.get("offeredAt").asText());
        assertThat(offeredAt).isBetween(Instant.now().minusSeconds(120), Instant.now());
        for (String role : List.of(Roles.MUNICIPALITY_ANALYST, Roles.VOLUNTEER, Roles.CITIZEN, Roles.PRIVACY_OFFICER,
                Roles.INFORMAL_REPRESENTATIVE, Roles.PROFESSIONAL)) {
            Api.Response found = api().as(as("elders", role))
                    .get("/social-map/services?organisationId=" + organisationId);
            assertThat(ids(found)).as(role).containsExactly(serviceId);
            assertThat(api().as(as("elders", role)).get(SERVICES + serviceId).status()).as(role).isEqualTo(200);
        }

        ServiceOfferedV1 event = published(serviceId, "nl.samenspel.partner.service-offered", ServiceOfferedV1.class);
        assertThat(event).isEqualTo(new ServiceOfferedV1(serviceId, organisationId, "Maatjesproject Noord",
                "Een vrijwillig maatje voor wie eenzaam is, een middag per week.",
                List.of(Need.LONELINESS, Need.DAILY_STRUCTURE), KindOfHelp.INFORMAL, List.of("BU99010201", "WK990101"),
                null, "010-1234567, ma-vr 9-17 uur", offeredAt));
    }

    @Test
    void aSelfHelpGroupIsListedLikeAnyServiceWithNoPersonData() {
        String group = registeredOrganisation("SELF_HELP", "INFORMAL_PARTY");
        String serviceId = offered(group, body -> {
            body.put("name", "Lotgenotengroep rouw");
            body.put("needs", List.of("PEER_SUPPORT"));
            body.put("howToReach", "Inloop buurthuis De Brug, dinsdag 19-21 uur");
        });

        JsonNode entry = readBack(serviceId, e -> true);

        assertThat(entry.get("sector").asText()).isEqualTo("SELF_HELP");
        assertThat(entry.get("kindOfParty").asText()).isEqualTo("INFORMAL_PARTY");
        assertThat(fieldNames(entry)).isSubsetOf(ENTRY_FIELDS);
        JsonNode listed = api().as(as("elders", Roles.VOLUNTEER)).get("/social-map/services?need=PEER_SUPPORT"
                + "&organisationId=" + group).json();
        assertThat(listed).hasSize(1);
        assertThat(fieldNames(listed.get(0))).isSubsetOf(ENTRY_FIELDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"members", "participants", "member", "attendees", "contactPerson"})
    void noRequestAcceptsAMemberForASelfHelpGroupAndNothingIsStored(String field) {
        String group = registeredOrganisation("SELF_HELP", "INFORMAL_PARTY");
        String serviceId = offered(group, body -> { });
        long before = storedEvents();
        List<Object> people = List.of(Map.of("name", "Jan Jansen", "phone", "0612345678"));

        Api.Response offer = api().as(coordinator()).put(SERVICES + newServiceId(),
                with(service(group), body -> body.put(field, people)));
        Api.Response change = api().as(coordinator()).put(SERVICES + serviceId + "/description",
                with(description(), body -> {
                    body.put("name", "Lotgenotengroep rouw");
                    body.put(field, people);
                }));

        for (Api.Response response : List.of(offer, change)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.isProblem()).as(response.toString()).isTrue();
            assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly(field);
            assertThat(response.body()).doesNotContain("Jan Jansen").doesNotContain("0612345678");
        }
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(readBack(serviceId, e -> true).get("name").asText()).isEqualTo("Maatjesproject Noord");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PEER_EXPERT", "VOLUNTEER", "KEY_RESIDENT"})
    void noPersonCanBeRegisteredAsMemberOfASelfHelpGroupEvenByItsOwnSystem(String kind) {
        String group = registeredOrganisation("SELF_HELP", "INFORMAL_PARTY");
        long before = storedEvents();
        String person = json(Map.of("kind", kind, "organisationId", group, "name", "Jan Jansen",
                "phone", "0612345678"));

        String operator = TestInfrastructure.token("platform-operator", null, Roles.PLATFORM_OPERATOR);
        for (String token : List.of(operator, as(group, Roles.PARTNER_SYSTEM))) {
            Api.Response response = api().as(token).put("/people/" + UUID.randomUUID(), person);
            assertThat(response.status()).as(response.toString()).isEqualTo(409);
            assertThat(response.isProblem()).as(response.toString()).isTrue();
            assertThat(response.json().get("type").asText()).endsWith("/self-help-group-has-no-members");
            assertThat(response.body()).doesNotContain("Jan Jansen").doesNotContain("0612345678");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aCoordinatorChangesAndWithdrawsAnyOrganisationsService() {
        String organisationId = registeredOrganisation();
        String serviceId = offered(organisationId, body -> { });

        Api.Response changed = api().as(coordinator()).put(SERVICES + serviceId + "/description",
                with(description(), body -> body.put("name", "Maatjesproject Zuid")));
        Api.Response withdrawn = api().as(coordinator()).post(SERVICES + serviceId + "/withdrawal", "");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(204);
        JsonNode entry = readBack(serviceId, e -> e.has("withdrawnAt"));
        assertThat(entry.get("name").asText()).isEqualTo("Maatjesproject Zuid");
        assertThat(entry.get("organisationId").asText()).isEqualTo(organisationId);
    }

    @Test
    void offeringTheSameServiceAgainIsAConflictAndStoresNothing() {
        String organisationId = registeredOrganisation();
        String serviceId = offered(organisationId, body -> { });
        long before = storedEvents();

        Api.Response again = api().as(coordinator()).put(SERVICES + serviceId,
                with(service(organisationId), body -> body.put("name", "Een andere naam")));

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).endsWith("/already-exists");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void offeringForAnUnknownOrganisationIsABadRequestNamingItAndStoresNothing() {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).put(SERVICES + newServiceId(),
                json(service("onbekende-" + unique())));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("organisationId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.PARTNER_SYSTEM, Roles.PROFESSIONAL})
    void anotherOrganisationMayNotOfferAServiceForAnOrganisation(String role) {
        String organisationId = registeredOrganisation();
        long before = storedEvents();

        Api.Response response = api().as(as("andere-organisatie", role)).put(SERVICES + newServiceId(),
                json(service(organisationId)));

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.VOLUNTEER, Roles.MUNICIPALITY_ANALYST, Roles.CITIZEN, Roles.PRIVACY_OFFICER,
            Roles.INFORMAL_REPRESENTATIVE})
    void otherRolesMayNotOfferChangeOrWithdrawEvenForTheirOwnOrganisation(String role) {
        String organisationId = registeredOrganisation();
        String serviceId = offered(organisationId, body -> { });
        long before = storedEvents();
        String token = as(organisationId, role);

        assertForbidden(api().as(token).put(SERVICES + newServiceId(), json(service(organisationId))));
        assertForbidden(api().as(token).put(SERVICES + serviceId + "/description",
                with(description(), body -> body.put("name", "Anders"))));
        assertForbidden(api().as(token).post(SERVICES + serviceId + "/withdrawal", ""));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void withoutATokenTheAnswerIs401AndNothingIsStored() {
        String serviceId = newServiceId();
        long before = storedEvents();

        assertThat(api().put(SERVICES + serviceId, json(service(GGD))).status()).isEqualTo(401);
        assertThat(api().put(SERVICES + serviceId + "/description", json(description())).status()).isEqualTo(401);
        assertThat(api().post(SERVICES + serviceId + "/withdrawal", "").status()).isEqualTo(401);
        assertThat(api().get("/social-map/services").status()).isEqualTo(401);
        assertThat(api().get(SERVICES + serviceId).status()).isEqualTo(401);
        assertThat(storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("missing organisation", change(body -> body.remove("organisationId")), "organisationId"),
                Arguments.of("malformed organisation id", change(body -> body.put("organisationId", "Bad_Id")),
                        "organisationId"),
                Arguments.of("blank name", change(body -> body.put("name", " ")), "name"),
                Arguments.of("name with a control character", change(body -> body.put("name", "Maatjes\u0007")),
                        "name"),
                Arguments.of("name of 121 characters", change(body -> body.put("name", "x".repeat(121))), "name"),
                Arguments.of("missing description", change(body -> body.remove("description")), "description"),
                Arguments.of("description with a line break",
                        change(body -> body.put("description", "Een maatje.\nVoor iedereen.")), "description"),
                Arguments.of("description of 501 characters",
                        change(body -> body.put("description", "x".repeat(501))), "description"),
                Arguments.of("empty needs", change(body -> body.put("needs", List.of())), "needs"),
                Arguments.of("missing needs", change(body -> body.remove("needs")), "needs"),
                Arguments.of("unknown need", change(body -> body.put("needs", List.of("LONELINESS", "BOREDOM"))),
                        "needs[1]"),
                Arguments.of("unknown kind of help", change(body -> body.put("kindOfHelp", "PAID")), "kindOfHelp"),
                Arguments.of("missing kind of help", change(body -> body.remove("kindOfHelp")), "kindOfHelp"),
                Arguments.of("a neighbourhood that is not a CBS code",
                        change(body -> body.put("neighbourhoods", List.of("WK990101", "Noord"))), "neighbourhoods[1]"),
                Arguments.of("empty neighbourhoods", change(body -> body.put("neighbourhoods", List.of())),
                        "neighbourhoods"),
                Arguments.of("201 neighbourhoods", change(body -> body.put("neighbourhoods", buurten(201))),
                        "neighbourhoods"),
                Arguments.of("capacity of zero", change(body -> body.put("capacity", 0)), "capacity"),
                Arguments.of("capacity as text", change(body -> body.put("capacity", "12")), "capacity"),
                Arguments.of("blank way to reach it", change(body -> body.put("howToReach", "")), "howToReach"),
                Arguments.of("way to reach it of 501 characters",
                        change(body -> body.put("howToReach", "x".repeat(501))), "howToReach"),
                Arguments.of("way to reach it with a control character",
                        change(body -> body.put("howToReach", "Bel\u0000 010-1234567")), "howToReach"));
    }

    private static Consumer<Map<String, Object>> change(Consumer<Map<String, Object>> change) {
        return change;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsABadRequestNamingTheFieldAndStoresNothing(String label, Consumer<Map<String, Object>> change,
            String field) {
        String organisationId = registeredOrganisation();
        String serviceId = offered(organisationId, body -> { });
        long before = storedEvents();

        Api.Response offer = api().as(coordinator()).put(SERVICES + newServiceId(),
                with(service(organisationId), change));
        Map<String, Object> description = description();
        change.accept(description);
        description.remove("organisationId");
        Api.Response changed = api().as(coordinator()).put(SERVICES + serviceId + "/description", json(description));

        assertBadRequest(offer, field);
        if (!field.equals("organisationId")) {
            assertBadRequest(changed, field);
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad_Id", "Maatjes-Noord", "-maatjes", "maatjes-", "a%20b"})
    void aServiceIdOfTheWrongShapeIsABadRequestNamingIt(String serviceId) {
        String organisationId = registeredOrganisation();
        long before = storedEvents();

        assertBadRequest(api().as(coordinator()).put(SERVICES + serviceId, json(service(organisationId))), "serviceId");
        assertBadRequest(api().as(coordinator()).put(SERVICES + serviceId + "/description", json(description())),
                "serviceId");
        assertBadRequest(api().as(coordinator()).post(SERVICES + serviceId + "/withdrawal", ""), "serviceId");
        assertBadRequest(api().as(coordinator()).get(SERVICES + serviceId), "serviceId");
        assertBadRequest(api().as(coordinator()).put(SERVICES + "a".repeat(65), json(service(organisationId))),
                "serviceId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.PARTNER_SYSTEM, Roles.PROFESSIONAL})
    void theOrganisationChangesItsServiceWhichIsReadBackAndPublished(String role) throws Exception {
        String organisationId = registeredOrganisation();
        String serviceId = offered(organisationId, body -> { });

        Api.Response changed = api().as(as(organisationId, role)).put(SERVICES + serviceId + "/description",
                with(description(), body -> {
                    body.put("name", "Maatjesproject Noord en Oost");
                    body.put("needs", List.of("LONELINESS"));
                    body.put("neighbourhoods", List.of("WK990102"));
                    body.put("capacity", 20);
                }));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        JsonNode entry = readBack(serviceId, e -> e.has("changedAt"));
        assertThat(entry.get("name").asText()).isEqualTo("Maatjesproject Noord en Oost");
        assertThat(texts(entry.get("needs"))).containsExactly("LONELINESS");
        assertThat(texts(entry.get("neighbourhoods"))).containsExactly("WK990102");
        assertThat(entry.get("capacity").asInt()).isEqualTo(20);
        ServiceChangedV1 event = published(serviceId, "nl.samenspel.partner.service-changed", ServiceChangedV1.class);
        assertThat(event.name()).isEqualTo("Maatjesproject Noord en Oost");
        assertThat(event.organisationId()).isEqualTo(organisationId);
        assertThat(event.capacity()).isEqualTo(20);
        assertThat(event.changedAt()).isEqualTo(Instant.parse(entry.get("changedAt").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.PARTNER_SYSTEM, Roles.PROFESSIONAL})
    void anotherOrganisationMayNotChangeOrWithdrawAService(String role) {
        String serviceId = offered(registeredOrganisation(), body -> { });
        String other = as(registeredOrganisation(), role);
        long before = storedEvents();

        assertForbidden(api().as(other).put(SERVICES + serviceId + "/description",
                with(description(), body -> body.put("name", "Gekaapt"))));
        assertForbidden(api().as(other).post(SERVICES + serviceId + "/withdrawal", ""));
        assertForbidden(api().as(as(null, role)).post(SERVICES + serviceId + "/withdrawal", ""));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aChangeThatChangesNothingIsAConflictAndStoresNothing() {
        String organisationId = registeredOrganisation();
        String serviceId = offered(organisationId, body -> { });
        long before = storedEvents();

        Api.Response response = api().as(as(organisationId, Roles.PROFESSIONAL))
                .put(SERVICES + serviceId + "/description", with(description(), body -> {
                    body.put("needs", List.of("DAILY_STRUCTURE", "LONELINESS", "LONELINESS"));
                    body.put("neighbourhoods", List.of("BU99010201", "WK990101"));
                }));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.json().get("type").asText()).endsWith("/service-unchanged");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void changingOrWithdrawingAnUnknownServiceIsNotFound() {
        long before = storedEvents();

        Api.Response change = api().as(coordinator()).put(SERVICES + newServiceId() + "/description",
                json(description()));
        Api.Response withdraw = api().as(coordinator()).post(SERVICES + newServiceId() + "/withdrawal", "");
        Api.Response get = api().as(coordinator()).get(SERVICES + newServiceId());

        for (Api.Response response : List.of(change, withdraw, get)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.isProblem()).as(response.toString()).isTrue();
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aWithdrawnServiceLeavesTheMapIsPublishedAndCanBeNeitherWithdrawnNorChangedAgain() throws Exception {
        String organisationId = registeredOrganisation();
        String serviceId = offered(organisationId, body -> { });

        Api.Response withdrawn = api().as(as(organisationId, Roles.PARTNER_SYSTEM))
                .post(SERVICES + serviceId + "/withdrawal", "");

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(204);
        JsonNode entry = readBack(serviceId, e -> e.has("withdrawnAt"));
        assertThat(ids(api().as(coordinator()).get("/social-map/services?organisationId=" + organisationId))).isEmpty();
        ServiceWithdrawnV1 event = published(serviceId, "nl.samenspel.partner.service-withdrawn",
                ServiceWithdrawnV1.class);
        assertThat(event).isEqualTo(new ServiceWithdrawnV1(serviceId, organisationId,
                Instant.parse(entry.get("withdrawnAt").asText())));

        long before = storedEvents();
        Api.Response again = api().as(coordinator()).post(SERVICES + serviceId + "/withdrawal", "");
        Api.Response change = api().as(coordinator()).put(SERVICES + serviceId + "/description",
                with(description(), body -> body.put("name", "Terug")));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).endsWith("/service-already-withdrawn");
        assertThat(change.status()).as(change.toString()).isEqualTo(409);
        assertThat(change.json().get("type").asText()).endsWith("/service-withdrawn");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theMapIsSearchedByNeedNeighbourhoodKindOfHelpAndOrganisationInAnyCombination() {
        String gm = gemeente();
        String welfare = registeredOrganisation("WELFARE", "FORMAL_ORGANISATION");
        String group = registeredOrganisation("SELF_HELP", "INFORMAL_PARTY");
        String inWijk = offered(welfare, body -> {
            body.put("needs", List.of("FOOD"));
            body.put("kindOfHelp", "FORMAL");
            body.put("neighbourhoods", List.of("WK" + gm + "01"));
        });
        String inBuurt = offered(welfare, body -> {
            body.put("needs", List.of("FOOD", "LONELINESS"));
            body.put("neighbourhoods", List.of("BU" + gm + "0102"));
        });
        String groupInOtherBuurt = offered(group, body -> {
            body.put("needs", List.of("PEER_SUPPORT", "LONELINESS"));
            body.put("neighbourhoods", List.of("BU" + gm + "0103"));
        });
        String elsewhere = offered(welfare, body -> {
            body.put("needs", List.of("FOOD"));
            body.put("neighbourhoods", List.of("WK" + gm + "02"));
        });
        List.of(inWijk, inBuurt, groupInOtherBuurt, elsewhere).forEach(id -> readBack(id, e -> true));
        String reader = as("gemeente-zuiderhaven", Roles.MUNICIPALITY_ANALYST);
        String map = "/social-map/services?";

        assertThat(ids(api().as(reader).get(map + "neighbourhood=BU" + gm + "0102")))
                .containsExactlyInAnyOrder(inWijk, inBuurt);
        assertThat(ids(api().as(reader).get(map + "neighbourhood=WK" + gm + "01")))
                .containsExactlyInAnyOrder(inWijk, inBuurt, groupInOtherBuurt);
        assertThat(ids(api().as(reader).get(map + "neighbourhood=WK" + gm + "01&need=LONELINESS")))
                .containsExactlyInAnyOrder(inBuurt, groupInOtherBuurt);
        assertThat(ids(api().as(reader).get(map + "neighbourhood=WK" + gm + "01&need=FOOD&kindOfHelp=INFORMAL")))
                .containsExactly(inBuurt);
        assertThat(ids(api().as(reader).get(map + "need=LONELINESS&organisationId=" + group)))
                .containsExactly(groupInOtherBuurt);
        assertThat(ids(api().as(reader).get(map + "kindOfHelp=FORMAL&organisationId=" + welfare)))
                .containsExactly(inWijk);
        assertThat(ids(api().as(reader).get(map + "organisationId=" + welfare)))
                .containsExactlyInAnyOrder(inWijk, inBuurt, elsewhere);
        assertThat(ids(api().as(reader).get(map + "need=FOOD"))).contains(inWijk, inBuurt, elsewhere)
                .doesNotContain(groupInOtherBuurt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"need=BOREDOM", "kindOfHelp=PAID", "neighbourhood=Noord", "neighbourhood=GM9901",
            "organisationId=Bad_Id"})
    void aBadSearchParameterIsABadRequestNamingIt(String query) {
        assertBadRequest(api().as(coordinator()).get("/social-map/services?" + query), query.split("=")[0]);
    }

    private static void assertBadRequest(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("errors").findValuesAsText("field")).as(response.toString())
                .containsExactly(field);
    }

    private static void assertForbidden(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
    }

    private static List<String> buurten(int count) {
        return IntStream.range(0, count).mapToObj(i -> "BU9901%04d".formatted(i)).toList();
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().findValuesAsText("serviceId");
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The published event for this service, after checking its envelope and that it fits its schema. */
    private <E extends IntegrationEvent> E published(String serviceId, String type, Class<E> eventClass)
            throws IOException {
        ConsumerRecord<String, byte[]> record = KafkaTopics.readUntil(bootstrapServers(), Topics.PARTNER_EVENTS,
                        Duration.ofSeconds(30), records -> records.stream().anyMatch(r -> isAbout(r, serviceId, type)))
                .stream().filter(r -> isAbout(r, serviceId, type)).findFirst().orElseThrow();
        assertThat(record.key()).isEqualTo(serviceId);
        assertThat(KafkaTopics.header(record, "ce_schemaversion")).isEqualTo("1");
        JsonNode data = STRICT_JSON.readTree(record.value());
        String resource = CloudEventTypes.schemaResource(CloudEventTypes.of(eventClass));
        try (InputStream schema = eventClass.getClassLoader().getResourceAsStream(resource)) {
            assertThat(schema).as(resource).isNotNull();
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(data))
                    .as(type).isEmpty();
        }
        return STRICT_JSON.treeToValue(data, eventClass);
    }

    private static boolean isAbout(ConsumerRecord<String, byte[]> record, String serviceId, String type) {
        return serviceId.equals(KafkaTopics.header(record, "ce_subject"))
                && type.equals(KafkaTopics.header(record, "ce_type"));
    }
}
