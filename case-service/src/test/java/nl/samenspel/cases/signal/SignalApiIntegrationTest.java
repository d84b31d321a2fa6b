package nl.samenspel.cases.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.samenspel.cases.CaseServiceIntegrationTest;
import nl.samenspel.contracts.Topics;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignalApiIntegrationTest extends CaseServiceIntegrationTest {

    private static final String CONCERN = "Buurvrouw (82) komt al dagen niet buiten, post stapelt zich op.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String network;

    @BeforeEach
    void network() {
        if (network == null) {
            network = knownNetwork();
        }
    }

    private static String volunteer() {
        return TestInfrastructure.token("volunteer-anna", "vrijwilligers-zuiderhaven", Roles.VOLUNTEER);
    }

    @Test
    void aVolunteerRaisesASignalThatIsStoredAndPublishedWithoutTheConcernText() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        Api.Response response = api().as(volunteer()).postWithHeader("/signals",
                signalJson(network, "VOLUNTEER", CONCERN, false), "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01",
                "application/json");

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String signalId = response.json().get("signalId").asText();
        assertThat(response.json().fieldNames()).toIterable().containsExactly("signalId");

        Map<String, Object> stored = jdbc.queryForMap(
                "select eventidentifier, payloadtype from domainevententry where aggregateidentifier = ?", signalId);
        assertThat(stored.get("payloadtype")).isEqualTo(SignalRaised.class.getName());

        ConsumerRecord<String, byte[]> record = recordFor(signalId);
        assertThat(record.key()).isEqualTo(signalId);
        assertThat(KafkaTopics.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaTopics.header(record, "ce_id")).isEqualTo(stored.get("eventidentifier"));
        assertThat(KafkaTopics.header(record, "ce_type")).isEqualTo("nl.samenspel.case.signal-raised");
        assertThat(KafkaTopics.header(record, "ce_source")).isEqualTo("/samenspel/case-service");
        assertThat(KafkaTopics.header(record, "ce_subject")).isEqualTo(signalId);
        assertThat(KafkaTopics.header(record, "ce_schemaversion")).isEqualTo("1");
        assertThat(KafkaTopics.header(record, "ce_dataschema")).isEqualTo("urn:samenspel:schema:nl.samenspel.case.signal-raised:v1");
        assertThat(KafkaTopics.header(record, "ce_actor")).isEqualTo("volunteer-anna");
        assertThat(KafkaTopics.header(record, "ce_actororganisation")).isEqualTo("vrijwilligers-zuiderhaven");
        assertThat(KafkaTopics.header(record, "ce_time")).isNotBlank();
        assertThat(KafkaTopics.header(record, "traceparent")).contains(traceId);

        String everything = new String(record.value(), StandardCharsets.UTF_8) + record.headers();
        assertThat(everything).doesNotContain("Buurvrouw").doesNotContain("post stapelt");
        JsonNode data = readJson(record.value());
        assertThat(data.get("signalId").asText()).isEqualTo(signalId);
        assertThat(data.get("networkId").asText()).isEqualTo(network);
        assertThat(data.get("signallerRole").asText()).isEqualTo("VOLUNTEER");
        assertThat(data.get("formality").asText()).isEqualTo("INFORMAL");
        assertThat(data.get("anonymous").asBoolean()).isFalse();
    }

    /** Issue 8 B10: an anonymous signal named its signaller in its CloudEvent headers and its stored event. */
    @Test
    void anAnonymousSignalIsPublishedAndStoredWithoutItsSignallerWhoStillFindsItAndItsFeedback() {
        String login = "anonymous-volunteer-" + UUID.randomUUID();
        String token = TestInfrastructure.token(login, "vrijwilligers-zuiderhaven", Roles.VOLUNTEER);
        Api.Response response = api().as(token).post("/signals", signalJson(network, "VOLUNTEER", CONCERN, true));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String signalId = response.json().get("signalId").asText();

        ConsumerRecord<String, byte[]> record = recordFor(signalId);
        assertThat(record.headers().headers("ce_actor")).isEmpty();
        assertThat(record.headers().headers("ce_actororganisation")).isEmpty();
        assertThat(record.headers()).allSatisfy(header -> assertThat(new String(header.value(), StandardCharsets.UTF_8))
                .doesNotContain(login).doesNotContain("vrijwilligers-zuiderhaven"));
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(login);
        assertThat(readJson(record.value()).get("anonymous").asBoolean()).isTrue();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api().as(token).get("/signals/mine")
                .json().findValuesAsText("signalId")).containsExactly(signalId));
        Map<String, Object> stored = jdbc.queryForMap("""
                select convert_from(payload, 'UTF8') as payload, convert_from(metadata, 'UTF8') as metadata
                from domainevententry where aggregateidentifier = ?""", signalId);
        assertThat(stored.get("metadata").toString()).doesNotContain("\"actor\"").doesNotContain("\"organisation\"");
        assertThat(readJson(stored.get("payload").toString().getBytes(StandardCharsets.UTF_8)).get("signallerIndex")
                .asText()).matches("[0-9a-f]{64}");
        assertThat(storedAnywhere(login)).as("rows holding the login").isZero();

        Api.Response feedback = api().as(TestInfrastructure.token("coordinator-" + UUID.randomUUID(), "ggd-zuiderhaven",
                Roles.NETWORK_COORDINATOR)).post("/signals/" + signalId + "/feedback", "{\"feedback\": \"Opgepakt.\"}");
        assertThat(feedback.status()).as(feedback.toString()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api().as(token).get("/signals/mine")
                .json().findValuesAsText("feedback")).containsExactly("Opgepakt."));
        assertThat(storedAnywhere(login)).as("rows holding the login after the feedback").isZero();
    }

    /** Rows of the event store, the sagas, the deadlines and the signal view whose bytes contain {@code text}. */
    private long storedAnywhere(String text) {
        return jdbc.queryForObject("""
                select (select count(*) from domainevententry
                        where position(convert_to(?, 'UTF8') in payload) > 0
                           or position(convert_to(?, 'UTF8') in coalesce(metadata, ''::bytea)) > 0)
                     + (select count(*) from sagaentry where position(convert_to(?, 'UTF8') in serializedsaga) > 0)
                     + (select count(*) from scheduled_tasks
                        where position(convert_to(?, 'UTF8') in coalesce(task_data, ''::bytea)) > 0)
                     + (select count(*) from signal_view where signal_view::text like '%' || ? || '%')""",
                Long.class, text, text, text, text, text);
    }

    @Test
    void aPartnerSystemRaisesASignalWithClientCredentials() {
        String partnerSystem = TestInfrastructure.token("service-account-woonstede-system", "woonstede", Roles.PARTNER_SYSTEM);

        Api.Response response = api().as(partnerSystem).post("/signals",
                signalJson(network, "PROFESSIONAL", "Huurachterstand en geen contact.", false));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(KafkaTopics.header(recordFor(response.json().get("signalId").asText()), "ce_actororganisation")).isEqualTo("woonstede");
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("missing network", """
                        {"signallerRole": "VOLUNTEER", "concern": "Zorgen.", "anonymous": false}""", "networkId"),
                Arguments.of("network id of the wrong shape", """
                        {"networkId": "Not A Network", "signallerRole": "VOLUNTEER", "concern": "Zorgen.", "anonymous": false}""",
                        "networkId"),
                Arguments.of("empty concern", """
                        {"networkId": "%s", "signallerRole": "VOLUNTEER", "concern": "", "anonymous": false}""", "concern"),
                Arguments.of("100 kB concern", """
                        {"networkId": "%s", "signallerRole": "VOLUNTEER", "concern": "%s", "anonymous": false}"""
                        .formatted("%s", "x".repeat(100_000)), "concern"),
                Arguments.of("unknown role", """
                        {"networkId": "%s", "signallerRole": "MAYOR", "concern": "Zorgen.", "anonymous": false}""",
                        "signallerRole"),
                Arguments.of("anonymous as a string", """
                        {"networkId": "%s", "signallerRole": "VOLUNTEER", "concern": "Zorgen.", "anonymous": "yes"}""",
                        "anonymous"),
                Arguments.of("concern as a number", """
                        {"networkId": "%s", "signallerRole": "VOLUNTEER", "concern": 42, "anonymous": false}""", "concern"),
                Arguments.of("missing anonymous", """
                        {"networkId": "%s", "signallerRole": "VOLUNTEER", "concern": "Zorgen."}""", "anonymous"),
                Arguments.of("misspelt field", """
                        {"networkId": "%s", "signallerRole": "VOLUNTEER", "concern": "Zorgen.", "anonymus": true}""",
                        "anonymus"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsABadRequestNamingTheFieldAndStoresNothing(String label, String body, String field) {
        long before = storedEvents();

        Api.Response response = api().as(volunteer()).post("/signals", body.replace("%s", network));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
        assertThat(response.body()).doesNotContain("xxxxxxxxxx");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aNetworkNobodyRegisteredIsABadRequestNamingNetworkId() {
        long before = storedEvents();

        Api.Response response = api().as(volunteer()).post("/signals",
                signalJson("wijknetwerk-onbekend", "NEIGHBOUR", "Zorgen.", false));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("networkId");
        assertThat(response.json().get("errors").get(0).get("detail").asText()).isEqualTo("is not a known network");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"networkId\": ", "not json at all", "[1, 2"})
    void malformedJsonIsABadRequest(String body) {
        long before = storedEvents();

        Api.Response response = api().as(volunteer()).post("/signals", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedBeforeParsing() {
        Api.Response response = api().as(volunteer()).post("/signals", "{\"concern\": \"" + "x".repeat(300_000) + "\"}");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        Api.Response response = api().post("/signals", signalJson(network, "VOLUNTEER", "Zorgen.", false));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aForgedOrForeignTokenIs401() {
        String forged = volunteer().substring(0, volunteer().lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        String otherAudience = TestInfrastructure.tokenForOtherAudience("volunteer-anna", "vrijwilligers-zuiderhaven",
                Roles.VOLUNTEER);

        for (String token : List.of("garbage", forged, otherAudience)) {
            Api.Response response = api().as(token).post("/signals", signalJson(network, "VOLUNTEER", "Zorgen.", false));
            assertThat(response.status()).as(token).isEqualTo(401);
            assertThat(response.isProblem()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.MUNICIPALITY_ANALYST, Roles.PRIVACY_OFFICER})
    void rolesThatSeeNoIndividualCasesMayNotRaiseSignals(String role) {
        long before = storedEvents();

        Api.Response response = api().as(TestInfrastructure.token("someone", "gemeente-zuiderhaven", role))
                .post("/signals", signalJson(network, "PROFESSIONAL", "Zorgen.", false));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void metricsAreOnTheManagementPortForPlatformOperatorsOnly() {
        // Metrics count requests per endpoint and status: a live, unsuppressed count of new cases and signals.
        api().as(volunteer()).post("/signals", signalJson(network, "VOLUNTEER", "Zorgen.", false));
        String operator = TestInfrastructure.token("operator", null, Roles.PLATFORM_OPERATOR);

        Api.Response onTheApiPort = api().as(operator).get("/actuator/prometheus");
        Api.Response anonymous = management().get("/actuator/prometheus");
        Api.Response coordinator = management().as(TestInfrastructure.token("coordinator", "ggd-zuiderhaven",
                Roles.NETWORK_COORDINATOR)).get("/actuator/prometheus");
        Api.Response metrics = management().as(operator).get("/actuator/prometheus");

        assertThat(onTheApiPort.status()).isEqualTo(404);
        assertThat(onTheApiPort.isProblem()).as(onTheApiPort.toString()).isTrue();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).as(anonymous.toString()).isTrue();
        assertThat(coordinator.status()).isEqualTo(403);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests");
    }

    @Test
    void healthIsOpenOnTheManagementPortOnly() {
        assertThat(management().get("/actuator/health").status()).isEqualTo(200);
        assertThat(api().as(volunteer()).get("/actuator/health").status()).isEqualTo(404);
    }

    private static ConsumerRecord<String, byte[]> recordFor(String signalId) {
        List<ConsumerRecord<String, byte[]>> records = KafkaTopics.readUntil(bootstrapServers(), Topics.CASE_EVENTS,
                Duration.ofSeconds(60), read -> read.stream().anyMatch(r -> signalId.equals(r.key())));
        return records.stream().filter(r -> signalId.equals(r.key())).findFirst().orElseThrow();
    }


    private static JsonNode readJson(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
