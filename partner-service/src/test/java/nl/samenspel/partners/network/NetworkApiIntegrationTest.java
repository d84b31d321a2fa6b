package nl.samenspel.partners.network;

import nl.samenspel.testsupport.ServiceIntegrationTest;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.samenspel.contracts.CloudEventTypes;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkApiIntegrationTest extends ServiceIntegrationTest {

    private static final String GGD = "ggd-zuiderhaven";
    /** For the few checks that need response headers, which {@link Api.Response} does not expose. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String COORDINATOR_SUBJECT = "c0a8f3e2-coordinator-fatima";
    private static final ObjectMapper STRICT_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    private static String coordinator() {
        return TestInfrastructure.token(COORDINATOR_SUBJECT, GGD, Roles.NETWORK_COORDINATOR);
    }

    private static String newNetworkId() {
        return "oggz-zuiderhaven-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String networkJson(String name, String type, String municipalityCode, String coordinatorOrganisation) {
        return """
                {"name": "%s", "type": "%s", "municipalityCode": "%s", "coordinatorOrganisation": "%s"}"""
                .formatted(name, type, municipalityCode, coordinatorOrganisation);
    }

    private static String withConfiguration(String fields) {
        return """
                {"name": "OGGZ-netwerk", "type": "OGGZ", "municipalityCode": "GM9901",
                 "coordinatorOrganisation": "ggd-zuiderhaven", %s}""".formatted(fields);
    }

    private static String validNetworkJson() {
        return networkJson("OGGZ-netwerk Zuiderhaven", "OGGZ", "GM9901", GGD);
    }

    /** The coordinating organisation must exist before its network; a repeat registration is a harmless 409. */
    @BeforeEach
    void theCoordinatingOrganisationIsRegistered() {
        Api.Response response = api().as(coordinator()).put("/organisations/" + GGD, """
                {"name": "GGD Zuiderhaven", "kindOfHelp": "FORMAL", "kindOfParty": "FORMAL_ORGANISATION",
                 "organisationType": "PROFESSIONALS_ONLY", "sector": "GGD", "municipalityCode": "GM9901",
                 "neighbourhoods": ["WK990101"]}""");
        assertThat(response.status()).as(response.toString()).isIn(201, 409);
    }

    @Test
    void aCoordinatorRegistersTheirOrganisationsNetworkWhichCanBeReadBackAndIsPublished() throws Exception {
        String networkId = newNetworkId();

        Api.Response created = api().as(coordinator()).put("/networks/" + networkId, validNetworkJson());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Response read = await().atMost(Duration.ofSeconds(30))
                .until(() -> api().as(coordinator()).get("/networks/" + networkId), r -> r.status() == 200);
        JsonNode network = read.json();
        assertThat(network.get("networkId").asText()).isEqualTo(networkId);
        assertThat(network.get("name").asText()).isEqualTo("OGGZ-netwerk Zuiderhaven");
        assertThat(network.get("type").asText()).isEqualTo("OGGZ");
        assertThat(network.get("municipalityCode").asText()).isEqualTo("GM9901");
        assertThat(network.get("coordinatorOrganisation").asText()).isEqualTo(GGD);
        Instant registeredAt = Instant.parse(network.get("registeredAt").asText());
        assertThat(registeredAt).isBetween(Instant.now().minusSeconds(120), Instant.now());
        assertThat(api().as(volunteer()).get("/networks").json().findValuesAsText("networkId")).contains(networkId);

        String storedEventId = jdbc.queryForObject(
                "select eventidentifier from domainevententry where aggregateidentifier = ? and sequencenumber = 0",
                String.class, networkId);
        ConsumerRecord<String, byte[]> record = KafkaTopics.readUntil(bootstrapServers(), Topics.PARTNER_EVENTS,
                        Duration.ofSeconds(30), records -> records.stream().anyMatch(r -> isAbout(r, networkId)))
                .stream().filter(r -> isAbout(r, networkId)).findFirst().orElseThrow();
        assertThat(record.key()).isEqualTo(networkId);
        assertThat(KafkaTopics.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaTopics.header(record, "ce_type")).isEqualTo("nl.samenspel.partner.network-registered");
        assertThat(KafkaTopics.header(record, "ce_id")).isEqualTo(storedEventId);
        assertThat(KafkaTopics.header(record, "ce_subject")).isEqualTo(networkId);
        assertThat(KafkaTopics.header(record, "ce_source")).isEqualTo("/samenspel/partner-service");
        assertThat(KafkaTopics.header(record, "ce_schemaversion")).isEqualTo("1");
        assertThat(KafkaTopics.header(record, "ce_actor")).isEqualTo(COORDINATOR_SUBJECT);
        assertThat(KafkaTopics.header(record, "ce_actororganisation")).isEqualTo(GGD);

        JsonNode data = STRICT_JSON.readTree(record.value());
        assertThat(schemaErrors(data)).isEmpty();
        assertThat(STRICT_JSON.treeToValue(data, NetworkRegisteredV1.class)).isEqualTo(new NetworkRegisteredV1(
                networkId, "OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901", GGD, registeredAt));
    }

    @Test
    void registeringTheSameNetworkAgainIsAConflictAndPublishesNoSecondEvent() {
        String networkId = newNetworkId();
        assertThat(api().as(coordinator()).put("/networks/" + networkId, validNetworkJson()).status()).isEqualTo(201);
        long before = storedEvents();

        Api.Response again = api().as(coordinator()).put("/networks/" + networkId,
                networkJson("Een ander netwerk", "NEIGHBOURHOOD", "GM0363", GGD));

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.json().get("type").asText()).endsWith("/already-exists");
        assertThat(storedEvents()).isEqualTo(before);
        // A network registered afterwards is published after anything the repeat could have caused.
        String later = newNetworkId();
        assertThat(api().as(coordinator()).put("/networks/" + later, validNetworkJson()).status()).isEqualTo(201);
        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> readToEnd(Topics.PARTNER_EVENTS), records -> records.stream().anyMatch(r -> isAbout(r, later)));
        // NetworkRegistered and NetworkConfigured, once.
        assertThat(published.stream().filter(r -> isAbout(r, networkId))).hasSize(2);
        assertThat(api().as(coordinator()).get("/networks/" + networkId).json().get("name").asText())
                .isEqualTo("OGGZ-netwerk Zuiderhaven");
    }

    @Test
    void aCoordinatorMayNotRegisterANetworkForAnotherOrganisation() {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).put("/networks/" + newNetworkId(),
                networkJson("Wijknetwerk Noord", "NEIGHBOURHOOD", "GM9901", "welzijn-zuiderhaven"));

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aCoordinatorWhoseTokenNamesNoOrganisationMayNotRegisterANetwork() {
        long before = storedEvents();

        Api.Response response = api().as(TestInfrastructure.token("coordinator-zonder-org", null, Roles.NETWORK_COORDINATOR))
                .put("/networks/" + newNetworkId(), validNetworkJson());

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.VOLUNTEER, Roles.PROFESSIONAL, Roles.MUNICIPALITY_ANALYST, Roles.PARTNER_SYSTEM})
    void onlyANetworkCoordinatorMayRegisterANetwork(String role) {
        long before = storedEvents();

        Api.Response response = api().as(TestInfrastructure.token("someone", GGD, role))
                .put("/networks/" + newNetworkId(), validNetworkJson());

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJsonWithABearerChallenge() throws Exception {
        long before = storedEvents();

        HttpResponse<String> response = rawPut("/networks/" + newNetworkId(), validNetworkJson(), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(STRICT_JSON.readTree(response.body()).get("status").asInt()).isEqualTo(401);
        assertThat(api().get("/networks").status()).isEqualTo(401);
        assertThat(storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> unacceptableTokens() {
        String valid = coordinator();
        String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        return Stream.of(
                Arguments.of("garbage", "garbage"),
                Arguments.of("forged signature", forged),
                Arguments.of("issued for another audience",
                        TestInfrastructure.tokenForOtherAudience(COORDINATOR_SUBJECT, GGD, Roles.NETWORK_COORDINATOR)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unacceptableTokens")
    void aTokenThatIsNotValidForSamenspelIs401(String label, String token) throws Exception {
        long before = storedEvents();

        HttpResponse<String> response = rawPut("/networks/" + newNetworkId(), validNetworkJson(), token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
        assertThat(response.body()).doesNotContain(token);
        assertThat(storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("missing name", """
                        {"type": "OGGZ", "municipalityCode": "GM9901", "coordinatorOrganisation": "ggd-zuiderhaven"}""",
                        "name"),
                Arguments.of("blank name", networkJson("   ", "OGGZ", "GM9901", GGD), "name"),
                Arguments.of("name with a control character", networkJson("OGGZ\\u0007netwerk", "OGGZ", "GM9901", GGD),
                        "name"),
                Arguments.of("name with a line break", networkJson("OGGZ\\nnetwerk", "OGGZ", "GM9901", GGD), "name"),
                Arguments.of("name of 10 kB", networkJson("x".repeat(10_240), "OGGZ", "GM9901", GGD), "name"),
                Arguments.of("name as a number", """
                        {"name": 42, "type": "OGGZ", "municipalityCode": "GM9901", "coordinatorOrganisation": "ggd-zuiderhaven"}""",
                        "name"),
                Arguments.of("unknown type", networkJson("Stadsnetwerk", "CITY", "GM9901", GGD), "type"),
                Arguments.of("missing type", """
                        {"name": "OGGZ-netwerk", "municipalityCode": "GM9901", "coordinatorOrganisation": "ggd-zuiderhaven"}""",
                        "type"),
                Arguments.of("type as a number", """
                        {"name": "OGGZ-netwerk", "type": 5, "municipalityCode": "GM9901", "coordinatorOrganisation": "ggd-zuiderhaven"}""",
                        "type"),
                Arguments.of("type as the number of a known constant", """
                        {"name": "OGGZ-netwerk", "type": 1, "municipalityCode": "GM9901", "coordinatorOrganisation": "ggd-zuiderhaven"}""",
                        "type"),
                Arguments.of("municipality code without GM", networkJson("OGGZ-netwerk", "OGGZ", "9901", GGD),
                        "municipalityCode"),
                Arguments.of("missing municipality code", """
                        {"name": "OGGZ-netwerk", "type": "OGGZ", "coordinatorOrganisation": "ggd-zuiderhaven"}""",
                        "municipalityCode"),
                Arguments.of("organisation that is not an id", networkJson("OGGZ-netwerk", "OGGZ", "GM9901", "GGD Zuiderhaven"),
                        "coordinatorOrganisation"),
                Arguments.of("unknown legal basis", withConfiguration("\"allowedLegalBases\": [\"WHIM\"]"),
                        "allowedLegalBases[0]"),
                Arguments.of("no legal basis", withConfiguration("\"allowedLegalBases\": []"), "allowedLegalBases"),
                Arguments.of("unknown ring", withConfiguration("\"informalPartyRings\": [\"MIDDLE\"]"),
                        "informalPartyRings[0]"),
                Arguments.of("age above 120", withConfiguration("\"maximumAge\": 121"), "maximumAge"),
                Arguments.of("minimum above maximum", withConfiguration("\"minimumAge\": 65, \"maximumAge\": 55"),
                        "maximumAge"),
                Arguments.of("informal parties in the closed core",
                        withConfiguration("\"informalPartyRings\": [\"CORE\"]"), "informalPartyRings"),
                Arguments.of("closed core without sectors", withConfiguration("\"closedCoreSectors\": []"),
                        "closedCoreSectors"),
                Arguments.of("not a CBS neighbourhood", withConfiguration("\"neighbourhoods\": [\"Noord\"]"),
                        "neighbourhoods[0]"),
                Arguments.of("inclusion description of 501 characters",
                        withConfiguration("\"inclusionDescription\": \"" + "x".repeat(501) + "\""),
                        "inclusionDescription"),
                Arguments.of("inclusion description with a control character",
                        withConfiguration("\"inclusionDescription\": \"55+\\u0007\""), "inclusionDescription"),
                Arguments.of("unknown extra field", """
                        {"name": "OGGZ-netwerk", "type": "OGGZ", "municipalityCode": "GM9901",
                         "coordinatorOrganisation": "ggd-zuiderhaven", "budget": 100000}""", "budget"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsABadRequestNamingTheFieldAndStoresNothing(String label, String body, String field) {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).put("/networks/" + newNetworkId(), body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("errors").findValuesAsText("field")).as(response.toString()).containsExactly(field);
        assertThat(response.body()).doesNotContain("xxxxxxxxxx");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": ", "not json at all", "[1, 2", ""})
    void aBodyThatIsNotAJsonObjectIsABadRequest(String body) {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).put("/networks/" + newNetworkId(), body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad_Id", "OGGZ-Zuiderhaven", "-oggz", "oggz-", "a%20b"})
    void aNetworkIdOfTheWrongShapeIsABadRequestNamingIt(String networkId) {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).put("/networks/" + networkId, validNetworkJson());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("networkId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aNetworkIdLongerThan64CharactersIsABadRequest() {
        Api.Response response = api().as(coordinator()).put("/networks/" + "a".repeat(65), validNetworkJson());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("networkId");
    }

    @Test
    void anUnknownNetworkIsNotFound() {
        Api.Response response = api().as(coordinator()).get("/networks/" + newNetworkId());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void healthIsOpenWithoutATokenOnTheManagementPort() {
        Api.Response response = management().get("/actuator/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusServesMetricsToPlatformOperatorsOnTheManagementPortOnly() {
        String operator = TestInfrastructure.token("operator", null, Roles.PLATFORM_OPERATOR);
        Api.Response anonymous = management().get("/actuator/prometheus");
        Api.Response onTheApiPort = api().as(operator).get("/actuator/prometheus");
        Api.Response response = management().as(operator).get("/actuator/prometheus");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(onTheApiPort.status()).isEqualTo(404);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes gauge")
                .contains("service=\"partner-service\"");
    }

    private static String volunteer() {
        return TestInfrastructure.token("volunteer-anna", "vrijwilligers-zuiderhaven", Roles.VOLUNTEER);
    }

    private static void assertForbidden(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(403);
    }

    private HttpResponse<String> rawPut(String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isAbout(ConsumerRecord<String, byte[]> record, String networkId) {
        return networkId.equals(KafkaTopics.header(record, "ce_subject"));
    }


    private static List<String> schemaErrors(JsonNode data) throws IOException {
        String resource = CloudEventTypes.schemaResource(CloudEventTypes.of(NetworkRegisteredV1.class));
        try (InputStream schema = NetworkRegisteredV1.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(schema).as(resource).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(data)
                    .stream().map(Object::toString).toList();
        }
    }

    /** Every record on {@code topic} up to its current end, on all partitions. */
    private static List<ConsumerRecord<String, byte[]>> readToEnd(String topic) {
        Map<String, Object> config = KafkaTopics.clientConfig(bootstrapServers());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return records;
    }
}
