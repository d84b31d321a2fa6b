package nl.samenspel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.samenspel.infra.DemoData;
import nl.samenspel.infra.OidcTokens;
import nl.samenspel.infra.Platform;
import nl.samenspel.infra.PlatformConfig;
import nl.samenspel.testsupport.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The platform exactly as README command one starts it: PostgreSQL, Kafka and the real Keycloak
 * distribution, the four service jars each in its own process, and the demo data. Tokens come
 * from Keycloak by password grant (people) and client credentials (partner systems).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {

    private static final String NEIGHBOURHOOD = "wijknetwerk-noord";
    private static final String OGGZ = "oggz-zuiderhaven";
    private static final String TRACE_ID = "5e1f0a2b3c4d5e6f708192a3b4c5d6e7";

    private Path home;
    private PlatformConfig config;
    private Platform platform;
    private OidcTokens tokens;

    @BeforeAll
    void startPlatform() throws IOException {
        home = Files.createTempDirectory("samenspel-e2e");
        config = PlatformConfig.forTests(PlatformConfig.locateRepoRoot(Path.of("").toAbsolutePath()), home)
                .withServiceEnvironment(Map.of("LOGGING_LEVEL_NL_SAMENSPEL_REPORTING", "DEBUG"));
        platform = Platform.start(config);
        tokens = platform.tokens();
    }

    @AfterAll
    void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void demoDataIsLoadedThroughTheApis() {
        assertThat(platform.demoData().alreadyLoaded()).isFalse();
        assertThat(platform.demoData().organisations()).isEqualTo(14);
        assertThat(platform.demoData().networks()).isEqualTo(2);
        assertThat(platform.demoData().agreements()).isEqualTo(4);
        assertThat(platform.demoData().signals()).isGreaterThanOrEqualTo(5);
        assertThat(platform.demoData().cases()).isEqualTo(14);

        JsonNode networks = api("partner-service").as(tokens.forUser("coordinator.ggd", DemoData.PASSWORD)).get("/networks").json();
        assertThat(networks.findValuesAsText("networkId")).contains(OGGZ, NEIGHBOURHOOD);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(signalsIn(NEIGHBOURHOOD) + signalsIn(OGGZ)).isEqualTo(platform.demoData().signals()));
    }

    @Test
    @Order(2)
    void aVolunteersSignalTravelsFromCaseServiceThroughKafkaIntoTheReport() {
        long before = signalsIn(NEIGHBOURHOOD);
        String volunteer = tokens.forUser("volunteer.anna", DemoData.PASSWORD);

        Api.Response raised = api("case-service").as(volunteer).postWithHeader("/signals", """
                {"networkId": "%s", "signallerRole": "VOLUNTEER", "concern": "Meneer op de hoek eet slecht en is vaak verward.", "anonymous": true}"""
                .formatted(NEIGHBOURHOOD), "traceparent", "00-" + TRACE_ID + "-1a2b3c4d5e6f7081-01", "application/json");

        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> signalsIn(NEIGHBOURHOOD) == before + 1);
    }

    @Test
    @Order(3)
    void theTraceOfTheRequestReachesTheConsumerInReportingService() {
        Path reportingLog = config.logDirectory().resolve("reporting-service.log");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(reportingLog).contains(TRACE_ID));
    }

    @Test
    @Order(4)
    void aPartnerSystemRaisesASignalWithClientCredentials() {
        long before = signalsIn(OGGZ);
        String system = tokens.forClient("woonstede-system", "woonstede-system-secret");

        Api.Response raised = api("case-service").as(system).post("/signals", """
                {"networkId": "%s", "signallerRole": "PROFESSIONAL", "concern": "Huurachterstand, geen contact meer.", "anonymous": false}"""
                .formatted(OGGZ));

        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> signalsIn(OGGZ) == before + 1);
    }

    @ParameterizedTest(name = "{0} {1} without a token")
    @Order(5)
    @CsvSource({"partner-service,/networks", "case-service,/signals", "consent-service,/consents",
            "reporting-service,/reports/signals-per-network"})
    void everyServiceAnswers401ProblemJsonWithoutAToken(String service, String path) {
        Api.Response response = api(service).get(path);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
    }

    @Test
    @Order(6)
    void aTamperedKeycloakTokenIs401() {
        String token = tokens.forUser("coordinator.ggd", DemoData.PASSWORD);
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        Api.Response response = api("reporting-service").as(tampered).get("/reports/signals-per-network");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    @Order(7)
    void wrongRolesAre403ProblemJson() {
        Api.Response analystRaising = api("case-service").as(tokens.forUser("analyst.gemeente", DemoData.PASSWORD)).post("/signals", """
                {"networkId": "%s", "signallerRole": "PROFESSIONAL", "concern": "Zorgen.", "anonymous": false}"""
                .formatted(OGGZ));
        Api.Response volunteerReading = api("reporting-service").as(tokens.forUser("volunteer.anna", DemoData.PASSWORD))
                .get("/reports/signals-per-network");

        assertThat(analystRaising.status()).isEqualTo(403);
        assertThat(analystRaising.isProblem()).isTrue();
        assertThat(volunteerReading.status()).isEqualTo(403);
        assertThat(volunteerReading.isProblem()).isTrue();
    }

    @Test
    @Order(8)
    void aMunicipalAnalystSeesSmallCountsSuppressed() {
        JsonNode rows = api("reporting-service").as(tokens.forUser("analyst.gemeente", DemoData.PASSWORD))
                .get("/reports/signals-per-network").json();

        for (JsonNode row : rows) {
            long exact = signalsIn(row.get("networkId").asText());
            if (exact > 0 && exact < 5) {
                assertThat(row.get("suppressed").asBoolean()).isTrue();
                assertThat(row.get("signals").isNull()).as("withheld, written as null").isTrue();
            } else {
                assertThat(row.get("signals").asLong()).isEqualTo(exact);
            }
        }
    }

    @Test
    @Order(9)
    void badInputOverTheWholeStackIs400NamingTheField() {
        Api.Response response = api("case-service").as(tokens.forUser("professional.ggz", DemoData.PASSWORD)).post("/signals", """
                {"networkId": "wijknetwerk-bestaat-niet", "signallerRole": "PROFESSIONAL", "concern": "Zorgen.", "anonymous": false}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("networkId");
    }

    @Test
    @Order(10)
    void aSecondStartOnTheSameDataKeepsItAndLoadsNoDemoDataAgain() {
        long neighbourhood = signalsIn(NEIGHBOURHOOD);
        long oggz = signalsIn(OGGZ);
        platform.close();

        platform = Platform.start(config);
        tokens = platform.tokens();

        assertThat(platform.demoData().alreadyLoaded()).isTrue();
        assertThat(signalsIn(NEIGHBOURHOOD)).isEqualTo(neighbourhood);
        assertThat(signalsIn(OGGZ)).isEqualTo(oggz);
    }

    @Test
    @Order(11)
    void theDemoNetworksHaveTheirRingsAndTheCompositionReportCountsThem() {
        JsonNode members = api("partner-service").as(tokens.forUser("coordinator.ggd", DemoData.PASSWORD))
                .get("/networks/" + OGGZ + "/members").json();
        assertThat(members.toString()).contains("schuldhulp-zuiderhaven", "kerk-de-ark", "voedselbank-zuiderhaven");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode oggz = composition("coordinator.ggd", OGGZ);
            assertThat(oggz.at("/core/organisations").asLong()).isEqualTo(6);
            assertThat(oggz.at("/outerRing/organisations").asLong()).isEqualTo(2);
            JsonNode neighbourhood = composition("coordinator.welzijn", NEIGHBOURHOOD);
            assertThat(neighbourhood.at("/volunteers/activeAgreements").asLong()).isEqualTo(4);
            assertThat(neighbourhood.at("/volunteers/overloadedAutomatically").asLong()).isEqualTo(1);
        });
    }

    @Test
    @Order(12)
    void aMunicipalAnalystSeesCompositionWithSmallVolunteerCountsWithheldAndNoPeople() {
        JsonNode neighbourhood = composition("analyst.gemeente", NEIGHBOURHOOD);
        Api.Response people = api("partner-service").as(tokens.forUser("analyst.gemeente", DemoData.PASSWORD)).get("/people");

        assertThat(neighbourhood.at("/volunteers/suppressed").asBoolean()).isTrue();
        assertThat(neighbourhood.at("/volunteers/activeAgreements").isNull()).isTrue();
        assertThat(neighbourhood.toString()).doesNotContain("Bram", "Anna", "vrijwilligers-zuiderhaven");
        assertThat(people.status()).isEqualTo(403);
        assertThat(people.isProblem()).isTrue();
    }

    @Test
    @Order(13)
    void aVolunteerSeesOnlyTheirOwnAgreementWithItsOverloadFlag() {
        Api partners = api("partner-service").as(tokens.forUser("volunteer.bram", DemoData.PASSWORD));

        JsonNode mine = partners.get("/volunteer-agreements/mine").json();
        Api.Response everyone = partners.get("/volunteer-agreements");

        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("overloaded").asBoolean()).isTrue();
        assertThat(mine.get(0).get("load").asInt()).isGreaterThan(mine.get(0).get("capacity").asInt());
        assertThat(everyone.status()).isEqualTo(403);
    }

    @Test
    @Order(14)
    void aPartnerSystemManagesItsOwnPeopleOnly() {
        Api system = api("partner-service")
                .as(tokens.forClient("vrijwilligers-zuiderhaven-system", "vrijwilligers-zuiderhaven-system-secret"));

        JsonNode own = system.get("/people").json();
        Api.Response others = system.get("/people?organisationId=ggz-delta");

        assertThat(own.findValuesAsText("organisationId")).isNotEmpty().containsOnly("vrijwilligers-zuiderhaven");
        assertThat(others.status()).isEqualTo(403);
    }

    @Test
    @Order(15)
    void theSocialMapFindsServicesByNeedNeighbourhoodAndKindOfHelp() {
        JsonNode found = api("partner-service").as(tokens.forUser("volunteer.anna", DemoData.PASSWORD))
                .get("/social-map/services?need=LONELINESS&neighbourhood=BU99010101&kindOfHelp=INFORMAL").json();

        assertThat(found.findValuesAsText("serviceId")).containsExactlyInAnyOrder("maatjesproject-zuiderhaven",
                "buurtkamer-inloop");
    }

    @Test
    @Order(16)
    void consentServiceRefusesPersonalDataToAMemberWithoutCovenantUntilItSigns() {
        assertThat(accessDecision("ggz-delta").get("permitted").asBoolean()).isTrue();
        JsonNode debtHelp = accessDecision("schuldhulp-zuiderhaven");
        assertThat(debtHelp.get("permitted").asBoolean()).isFalse();
        assertThat(debtHelp.get("reason").asText()).isEqualTo("NO_COVENANT");
        assertThat(debtHelp.get("rule").asText()).isEqualTo("R3");

        // The covenant binds debt help, so debt help signs it, through its own manager; the coordinator may not.
        String covenant = "/networks/" + OGGZ + "/covenant/schuldhulp-zuiderhaven";
        Api.Response byCoordinator = api("partner-service").as(tokens.forUser("coordinator.ggd", DemoData.PASSWORD))
                .put(covenant, """
                        {"level": "MANAGEMENT"}""");
        Api.Response signed = api("partner-service").as(tokens.forUser("manager.schuldhulp", DemoData.PASSWORD))
                .put(covenant, """
                        {"level": "MANAGEMENT"}""");

        assertThat(byCoordinator.status()).as(byCoordinator.toString()).isEqualTo(403);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(accessDecision("schuldhulp-zuiderhaven").get("permitted").asBoolean()).isTrue());
    }

    private JsonNode accessDecision(String organisationId) {
        Api.Response response = api("consent-service").as(tokens.forUser("privacy.officer", DemoData.PASSWORD))
                .get("/access-decisions?networkId=" + OGGZ + "&organisationId=" + organisationId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode composition(String user, String networkId) {
        Api.Response response = api("reporting-service").as(tokens.forUser(user, DemoData.PASSWORD))
                .get("/reports/network-composition?networkId=" + networkId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        return body.isArray() ? body.get(0) : body;
    }

    private Api api(String service) {
        return Api.at(platform.serviceUrl(service));
    }

    /** Exact counts, as only the network's own coordinator sees them. */
    private long signalsIn(String networkId) {
        String coordinator = OGGZ.equals(networkId) ? "coordinator.ggd" : "coordinator.welzijn";
        Api.Response response = api("reporting-service").as(tokens.forUser(coordinator, DemoData.PASSWORD))
                .get("/reports/signals-per-network");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false)
                .filter(row -> networkId.equals(row.get("networkId").asText()))
                .mapToLong(row -> row.get("signals").asLong())
                .findFirst().orElse(0);
    }
}
