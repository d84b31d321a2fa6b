package nl.samenspel.cases.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import nl.samenspel.cases.CaseServiceIntegrationTest;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsultationApiIntegrationTest extends CaseServiceIntegrationTest {

    private static final String QUESTION = "Een oudere buurvrouw lijkt vergeetachtig en laat het gas aan.";
    private static String network;

    @BeforeEach
    void network() {
        if (network == null) {
            network = knownNetwork();
        }
    }

    private static String asker() {
        return TestInfrastructure.token("key-resident-" + UUID.randomUUID(), "buurtpunt-noord", Roles.VOLUNTEER);
    }

    private static String coordinator() {
        return TestInfrastructure.token("coordinator-" + UUID.randomUUID(), "ggd-zuiderhaven",
                Roles.NETWORK_COORDINATOR);
    }

    private static String questionJson(String text) {
        return """
                {"networkId": "%s", "problemDomains": ["SELF_NEGLECT", "PHYSICAL_HEALTH"], "severity": "MODERATE",
                 "question": "%s"}""".formatted(network, text);
    }

    /** A GET with the retrieval token header, which test-support's Api does not send. */
    private Api.Response readWithToken(String questionId, String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/consultative-questions/" + questionId))
                .header("Authorization", "Bearer " + asker())
                .header(ConsultationController.RETRIEVAL_TOKEN_HEADER, token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    @Test
    void anAnonymousQuestionIsAnsweredByTheCoordinatorAndReadWithItsToken() throws Exception {
        Api.Response asked = api().as(asker()).post("/consultative-questions", questionJson(QUESTION));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        String questionId = asked.json().get("questionId").asText();
        String token = asked.json().get("retrievalToken").asText();

        byte[] payload = jdbc.queryForObject("select payload from domainevententry where aggregateidentifier = ?",
                byte[].class, questionId);
        assertThat(new String(payload, StandardCharsets.UTF_8)).doesNotContain("vergeetachtig")
                .doesNotContain(token).doesNotContain("key-resident");

        Api.Response advice = api().as(coordinator()).post("/consultative-questions/" + questionId + "/advice", """
                {"severity": "HIGH", "caseAdvised": true, "advice": "Doe een melding bij het meldpunt."}""");
        assertThat(advice.status()).as(advice.toString()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response read = readWithToken(questionId, token);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.json().get("question").asText()).isEqualTo(QUESTION);
            assertThat(read.json().get("advice").get("advice").asText()).isEqualTo("Doe een melding bij het meldpunt.");
            assertThat(read.json().get("advice").get("caseAdvised").asBoolean()).isTrue();
        });
        assertThat(readWithToken(questionId, "wrong-token").status()).isEqualTo(404);
        assertThat(api().as(asker()).get("/consultative-questions/" + questionId).status()).isEqualTo(404);

        long before = storedEvents();
        Api.Response again = api().as(coordinator()).post("/consultative-questions/" + questionId + "/advice", """
                {"severity": "LOW", "caseAdvised": false, "advice": "Toch niet."}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void onlyTheNetworksCoordinatorAdvisesAndListsQuestions() {
        String questionId = api().as(asker()).post("/consultative-questions", questionJson(QUESTION)).json()
                .get("questionId").asText();
        long before = storedEvents();

        Api.Response otherCoordinator = api().as(TestInfrastructure.token("c", "welzijn-noord",
                Roles.NETWORK_COORDINATOR)).post("/consultative-questions/" + questionId + "/advice", """
                {"severity": "HIGH", "caseAdvised": true, "advice": "Melden."}""");
        Api.Response volunteer = api().as(asker()).post("/consultative-questions/" + questionId + "/advice", """
                {"severity": "HIGH", "caseAdvised": true, "advice": "Melden."}""");

        assertThat(otherCoordinator.status()).isEqualTo(403);
        assertThat(volunteer.status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api().as(coordinator())
                .get("/consultative-questions?networkId=" + network + "&answered=false").body()).contains(questionId));
        assertThat(api().as(TestInfrastructure.token("c", "welzijn-noord", Roles.NETWORK_COORDINATOR))
                .get("/consultative-questions?networkId=" + network).status()).isEqualTo(403);
    }

    static Stream<Arguments> personalDataFields() {
        return Stream.of(
                Arguments.of("name", "\"name\": \"Jan de Vries\""),
                Arguments.of("bsn", "\"bsn\": \"111222333\""),
                Arguments.of("dateOfBirth", "\"dateOfBirth\": \"1948-03-02\""),
                Arguments.of("address", "\"address\": {\"postcode\": \"1234AB\", \"houseNumber\": 5}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personalDataFields")
    void aFieldCarryingPersonalDataIsRefusedByName(String field, String member) {
        long before = storedEvents();

        Api.Response response = api().as(asker()).post("/consultative-questions", """
                {"networkId": "%s", "problemDomains": ["DEBT"], "severity": "LOW", "question": "Schulden.", %s}"""
                .formatted(network, member));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
        assertThat(response.body()).doesNotContain("Vries").doesNotContain("111222333").doesNotContain("1948");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Haar BSN is 111222333.", "Zij woont op 1234 AB 5.", "Mail a.de.vries@example.nl",
            "Bel haar op 06-12345678."})
    void textThatLooksLikePersonalDataIsRefusedWithoutEchoingIt(String text) {
        long before = storedEvents();

        Api.Response response = api().as(asker()).post("/consultative-questions", questionJson(text));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("question");
        assertThat(response.body()).doesNotContain("111222333").doesNotContain("1234 AB").doesNotContain("vries")
                .doesNotContain("12345678");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void missingDomainsAndUnknownSeveritiesAreBadRequests() {
        long before = storedEvents();

        Api.Response noDomains = api().as(asker()).post("/consultative-questions", """
                {"networkId": "%s", "problemDomains": [], "severity": "LOW", "question": "Zorgen."}"""
                .formatted(network));
        Api.Response badSeverity = api().as(asker()).post("/consultative-questions", """
                {"networkId": "%s", "problemDomains": ["DEBT"], "severity": "EXTREME", "question": "Zorgen."}"""
                .formatted(network));

        assertThat(noDomains.json().get("errors").findValuesAsText("field")).contains("problemDomains");
        assertThat(badSeverity.json().get("errors").findValuesAsText("field")).contains("severity");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.MUNICIPALITY_ANALYST, Roles.PRIVACY_OFFICER})
    void rolesThatSeeNoIndividualCasesMayNotAsk(String role) {
        long before = storedEvents();

        Api.Response response = api().as(TestInfrastructure.token("someone", "gemeente-zuiderhaven", role))
                .post("/consultative-questions", questionJson(QUESTION));

        assertThat(response.status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }
}
