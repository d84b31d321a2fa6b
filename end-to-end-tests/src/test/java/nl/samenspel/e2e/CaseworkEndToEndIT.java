package nl.samenspel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

/**
 * One case in the neighbourhood network from a volunteer's signal to the feedback she gets back, over HTTP against
 * the platform as README command one starts it, with real Keycloak tokens: people by password grant, partner
 * systems by client credentials. The steps build on each other, so they run in order on one platform of their own
 * (PlatformEndToEndIT signs a covenant and restarts its platform, which this scenario must not see).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseworkEndToEndIT {

    private static final String NEIGHBOURHOOD = "wijknetwerk-noord";
    private static final String OGGZ = "oggz-zuiderhaven";
    private static final String CLIENT_NAME = "Truus Scenario-Testpersoon";
    /** Passes the 11-test: 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66. */
    private static final String BSN = "111222333";
    private static final String TASK = "Wekelijks een wandeling maken en samen boodschappen doen.";
    private static final String FEEDBACK = "Dank voor je melding: er is hulp ingezet en de situatie is verbeterd.";
    private static final Duration ASYNC = Duration.ofSeconds(60);

    private Platform platform;
    private OidcTokens tokens;
    /** Every response the municipal analyst got, checked for personal data at the end. */
    private final List<String> analystSaw = new ArrayList<>();

    private String signalId;
    private String caseId;
    private String conferenceId;
    private String actionId;
    private String referralId;
    private String handoverId;
    private String annaId;

    @BeforeAll
    void startPlatform() throws IOException {
        Path home = Files.createTempDirectory("samenspel-e2e-casework");
        PlatformConfig config = PlatformConfig.forTests(PlatformConfig.locateRepoRoot(Path.of("").toAbsolutePath()),
                home);
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
    void aVolunteerRaisesASignalInTheNeighbourhoodNetwork() {
        Api.Response raised = cases("volunteer.anna").post("/signals", """
                {"networkId": "%s", "signallerRole": "VOLUNTEER",
                 "concern": "Mijn buurvrouw komt de deur niet meer uit en eet slecht.", "anonymous": false}"""
                .formatted(NEIGHBOURHOOD));

        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        signalId = raised.json().get("signalId").asText();
        JsonNode mine = cases("volunteer.anna").get("/signals/mine").json();
        assertThat(own(mine).get("feedbackStatus").asText()).isEqualTo("OWED");
    }

    @Test
    @Order(2)
    void theCoordinatorOpensACaseFromTheSignalWithExplicitConsent() {
        String opening = """
                {"networkId": "%s", "signalId": "%s", "clientKnownToServices": false,
                 "problemDomains": ["LONELINESS", "SELF_NEGLECT"], "acute": false, "presentation": "SILENT",
                 "legalBasis": "%s",
                 "client": {"name": "%s", "dateOfBirth": "1941-03-08", "bsn": "%s",
                            "postcode": "9901 AB", "houseNumber": "12"}}""";
        Api coordinator = cases("coordinator.welzijn");

        Api.Response presumed = coordinator.post("/cases",
                opening.formatted(NEIGHBOURHOOD, signalId, "INFORMED_CONSENT", CLIENT_NAME, BSN));
        Api.Response badBsn = coordinator.post("/cases",
                opening.formatted(NEIGHBOURHOOD, signalId, "EXPLICIT_CONSENT", CLIENT_NAME, "111222334"));
        Api.Response opened = coordinator.post("/cases",
                opening.formatted(NEIGHBOURHOOD, signalId, "EXPLICIT_CONSENT", CLIENT_NAME, BSN));

        assertProblem(presumed, 409, "legal-basis-not-allowed");
        assertThat(badBsn.status()).as(badBsn.toString()).isEqualTo(400);
        assertThat(badBsn.json().get("errors").findValuesAsText("field")).containsExactly("client.bsn");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        caseId = opened.json().get("caseId").asText();
        JsonNode detail = await().atMost(ASYNC).until(() -> coordinator.get("/cases/" + caseId),
                response -> response.status() == 200).json();
        assertThat(detail.get("legalBasis").asText()).isEqualTo("EXPLICIT_CONSENT");
        assertThat(detail.get("signalId").asText()).isEqualTo(signalId);
        assertThat(detail.at("/clients/0/bsn").asText()).isEqualTo(BSN);
    }

    @Test
    @Order(3)
    void theCaseIsTabledAtACaseConferenceWithAnAnalysisAndAnAction() {
        Api coordinator = cases("coordinator.welzijn");
        conferenceId = UUID.randomUUID().toString();

        assertStatus(coordinator.post("/cases/" + caseId + "/conference-tablings", """
                {"conferenceId": "%s", "conferenceOn": "%s"}""".formatted(conferenceId, today())), 204);
        assertStatus(coordinator.post("/cases/" + caseId + "/analyses", """
                {"conferenceId": "%s", "analysis": "Vereenzaamd na overlijden partner; geen netwerk in de buurt."}"""
                .formatted(conferenceId)), 204);
        Api.Response agreed = coordinator.post("/cases/" + caseId + "/actions", """
                {"description": "%s", "owner": {"kind": "ORGANISATION", "id": "welzijn-zuiderhaven"},
                 "dueOn": "%s", "conferenceId": "%s"}""".formatted(TASK, today().plusDays(14), conferenceId));

        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(201);
        actionId = agreed.json().get("actionId").asText();
        JsonNode detail = await().atMost(ASYNC).until(() -> coordinator.get("/cases/" + caseId).json(),
                json -> json.get("actions").size() == 1 && !json.at("/conferences/0/analysis").isMissingNode());
        assertThat(detail.at("/conferences/0/conferenceId").asText()).isEqualTo(conferenceId);
    }

    @Test
    @Order(4)
    void formalHelpWaitsForTheInformalOptionWhichTheNeighbourhoodNetworkMakesMandatory() {
        Api coordinator = cases("coordinator.welzijn");
        String referral = """
                {"target": "ORGANISATION", "targetId": "wijkteam-zuiderhaven"}""";

        Api.Response tooEarly = coordinator.post("/cases/" + caseId + "/referrals", referral);
        Api.Response assessed = coordinator.post("/cases/" + caseId + "/informal-option", """
                {"outcome": "INFORMAL_AND_FORMAL_HELP"}""");
        Api.Response referred = coordinator.post("/cases/" + caseId + "/referrals", referral);

        assertProblem(tooEarly, 409, "informal-option-not-assessed");
        assertStatus(assessed, 204);
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        referralId = referred.json().get("referralId").asText();
        JsonNode option = await().atMost(ASYNC).until(() -> coordinator.get("/cases/" + caseId).json(),
                json -> !json.path("informalOption").isNull() && !json.path("informalOption").isMissingNode())
                .get("informalOption");
        assertThat(option.get("mandatory").asBoolean()).isTrue();
    }

    @Test
    @Order(5)
    void theNeighbourhoodTeamAcceptsTheReferralAndThenSeesTheCase() {
        Api professional = cases("professional.wijkteam");
        assertThat(professional.get("/cases/" + caseId).status()).isEqualTo(404);

        assertStatus(professional.post("/referrals/" + referralId + "/acceptance", "{}"), 204);

        JsonNode detail = await().atMost(ASYNC).until(() -> professional.get("/cases/" + caseId),
                response -> response.status() == 200).json();
        assertThat(detail.get("team").toString()).contains("wijkteam-zuiderhaven");
        await().atMost(ASYNC).until(() -> cases("coordinator.welzijn").get("/referrals?caseId=" + caseId).json()
                .findValuesAsText("status"), statuses -> statuses.equals(List.of("ACCEPTED")));
    }

    @Test
    @Order(6)
    void theTaskIsHandedOverToAnnaWithTheCoachAsBackstopAndSheAcceptsItHerself() {
        JsonNode people = api("partner-service").as(user("coordinator.welzijn"))
                .get("/people?organisationId=vrijwilligers-zuiderhaven").json();
        annaId = personNamed(people, "Anna Visser").get("personId").asText();
        String coachId = personNamed(people, "Coen Brink").get("personId").asText();
        Api coordinator = cases("coordinator.welzijn");

        Api.Response withoutBackstop = coordinator.post("/cases/" + caseId + "/handovers", """
                {"handedOver": "TASK", "actionId": "%s", "toKind": "INFORMAL_HELPER", "toId": "%s"}"""
                .formatted(actionId, annaId));
        Api.Response initiated = coordinator.post("/cases/" + caseId + "/handovers", """
                {"handedOver": "TASK", "actionId": "%s", "toKind": "INFORMAL_HELPER", "toId": "%s",
                 "backstopId": "%s", "task": "COMPANIONSHIP"}""".formatted(actionId, annaId, coachId));

        assertThat(withoutBackstop.status()).as(withoutBackstop.toString()).isEqualTo(400);
        assertThat(withoutBackstop.json().get("errors").findValuesAsText("field")).containsExactly("backstopId");
        assertThat(initiated.status()).as(initiated.toString()).isEqualTo(201);
        handoverId = initiated.json().get("handoverId").asText();
        // Anna's login is linked to her person in partner-service, so case-service knows her as the helper named.
        Api anna = cases("volunteer.anna");
        Api bram = cases("volunteer.bram");
        await().atMost(ASYNC).until(() -> anna.get("/handovers/incoming").json()
                .findValuesAsText("handoverId").contains(handoverId));
        assertThat(bram.get("/handovers/incoming").json().findValuesAsText("handoverId")).doesNotContain(handoverId);
        assertStatus(bram.post("/handovers/" + handoverId + "/acceptance", "{}"), 403);
        assertStatus(anna.post("/handovers/" + handoverId + "/acceptance", "{}"), 204);

        JsonNode action = await().atMost(ASYNC).until(() -> coordinator.get("/cases/" + caseId).json()
                .get("actions").get(0), json -> annaId.equals(json.at("/owner/id").asText()));
        assertThat(action.at("/owner/kind").asText()).isEqualTo("INFORMAL_HELPER");
    }

    @Test
    @Order(7)
    void annaSeesHerTaskAndNothingElseOfTheCase() {
        Api anna = cases("volunteer.anna");

        JsonNode tasks = await().atMost(ASYNC).until(() -> anna.get("/cases/my-tasks").json(),
                json -> json.findValuesAsText("actionId").contains(actionId));

        JsonNode task = StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> actionId.equals(t.get("actionId").asText())).findFirst().orElseThrow();
        assertThat(task.get("description").asText()).isEqualTo(TASK);
        assertThat(task.at("/client/name").asText()).isEqualTo(CLIENT_NAME);
        assertThat(task.toString()).doesNotContain(BSN, "1941-03-08", "Vereenzaamd");
        assertThat(anna.get("/cases/" + caseId).status()).isIn(403, 404);
        assertThat(anna.get("/cases").status()).isEqualTo(403);
        assertThat(anna.get("/referrals?caseId=" + caseId).status()).isIn(403, 404);
        assertStatus(anna.post("/cases/" + caseId + "/actions/" + actionId + "/progress", """
                {"status": "ON_TRACK"}"""), 204);
    }

    @Test
    @Order(8)
    void annaReturnsFeedbackAndAftercareStarts() {
        Api coordinator = cases("coordinator.welzijn");

        assertStatus(cases("volunteer.anna").post("/handovers/" + handoverId + "/feedback", """
                {"feedback": "Het contact loopt goed; mevrouw gaat weer naar de buurtkamer."}"""), 204);
        // Anna did not agree to aftercare: the coordinator gives it all the same, and says why.
        assertStatus(coordinator.post("/cases/" + caseId + "/aftercare", """
                {"helper": {"kind": "INFORMAL_HELPER", "id": "%s"}, "reviewOn": "%s",
                 "limitsOverride": {"reason": "Mevrouw wil de nazorg bij Anna houden."}}"""
                .formatted(annaId, today().plusDays(28))), 204);

        JsonNode aftercare = await().atMost(ASYNC).until(() -> coordinator.get("/cases/" + caseId).json()
                .at("/plan/aftercare"), json -> json.isObject());
        assertThat(aftercare.at("/helper/id").asText()).isEqualTo(annaId);
        await().atMost(ASYNC).until(() -> coordinator.get("/handovers?caseId=" + caseId).json()
                .findValuesAsText("status"), statuses -> statuses.equals(List.of("FEEDBACK_RETURNED")));
    }

    @Test
    @Order(9)
    void theCaseIsClosedWithReasonOutcomeAndAFollowUpDateAndTakesNoSecondClosure() {
        Api coordinator = cases("coordinator.welzijn");
        String closure = """
                {"reason": "GOALS_REACHED", "outcome": "IMPROVED", "followUpReviewOn": "%s"}"""
                .formatted(today().plusDays(90));

        assertStatus(coordinator.post("/cases/" + caseId + "/closure", closure), 204);
        assertProblem(coordinator.post("/cases/" + caseId + "/closure", closure), 409, "case-closed");

        JsonNode detail = await().atMost(ASYNC).until(() -> coordinator.get("/cases/" + caseId).json(),
                json -> !json.get("open").asBoolean());
        assertThat(detail.at("/closure/reason").asText()).isEqualTo("GOALS_REACHED");
        assertThat(detail.at("/closure/outcome").asText()).isEqualTo("IMPROVED");
        assertThat(detail.at("/closure/followUpReviewOn").asText()).isEqualTo(today().plusDays(90).toString());
    }

    @Test
    @Order(10)
    void theCoordinatorGivesFeedbackAndAnnaReadsIt() {
        assertStatus(cases("coordinator.welzijn").post("/signals/" + signalId + "/feedback", """
                {"feedback": "%s"}""".formatted(FEEDBACK)), 204);

        JsonNode own = await().atMost(ASYNC).until(() -> own(cases("volunteer.anna").get("/signals/mine").json()),
                json -> "GIVEN".equals(json.get("feedbackStatus").asText()));
        assertThat(own.get("feedback").asText()).isEqualTo(FEEDBACK);
    }

    @Test
    @Order(11)
    void aHandoverToAnOggzMemberWithoutCovenantIsRefusedWithTheR3Reason() {
        Api coordinator = cases("coordinator.ggd");
        Api.Response opened = coordinator.post("/cases", """
                {"networkId": "%s", "clientKnownToServices": true, "problemDomains": ["DEBT", "EVICTION_THREAT"],
                 "acute": false, "presentation": "NUISANCE", "legalBasis": "INFORMED_CONSENT",
                 "client": {"name": "Piet Scenario-Testpersoon", "dateOfBirth": "1970-06-01", "bsn": "%s",
                            "address": "Havenstraat 40, Zuiderhaven"}}""".formatted(OGGZ, "625697078"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String oggzCase = opened.json().get("caseId").asText();

        Api.Response refused = coordinator.post("/cases/" + oggzCase + "/handovers", """
                {"handedOver": "CASE_LEAD", "toKind": "ORGANISATION", "toId": "schuldhulp-zuiderhaven"}""");

        assertProblem(refused, 409, "no-covenant");
        assertThat(refused.json().get("detail").asText()).contains("R3");
        assertThat(coordinator.get("/handovers?caseId=" + oggzCase).json()).isEmpty();
    }

    @Test
    @Order(12)
    void theMunicipalAnalystSeesNoCaseAndNoClientDataAnywhere() {
        Api analystCases = cases("analyst.gemeente");
        List<Api.Response> responses = List.of(analystCases.get("/cases"), analystCases.get("/cases/" + caseId),
                analystCases.get("/cases/my-tasks"), analystCases.get("/referrals?caseId=" + caseId),
                analystCases.get("/handovers?caseId=" + caseId));
        for (Api.Response response : responses) {
            assertThat(response.status()).as(response.toString()).isIn(403, 404);
        }
        Api reports = api("reporting-service").as(user("analyst.gemeente"));
        for (String report : List.of("/reports/signals-per-network",
                "/reports/network-composition?networkId=" + NEIGHBOURHOOD, "/reports/casework")) {
            Api.Response response = reports.get(report);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            analystSaw.add(response.body());
        }
        responses.forEach(response -> analystSaw.add(response.body()));

        assertThat(String.join("\n", analystSaw)).doesNotContain(CLIENT_NAME, "Scenario-Testpersoon", BSN,
                "625697078", "9901 AB", "Havenstraat 40");
    }

    @Test
    @Order(13)
    void theDemoCasesShowEveryStageInBothNetworksEachToItsOwnCoordinator() {
        assertThat(platform.demoData().cases()).isEqualTo(14);
        for (String[] network : new String[][] {{NEIGHBOURHOOD, "coordinator.welzijn"}, {OGGZ, "coordinator.ggd"}}) {
            JsonNode listed = cases(network[1]).get("/cases").json();

            assertThat(listed.findValuesAsText("networkId")).hasSizeGreaterThanOrEqualTo(7).containsOnly(network[0]);
            assertThat(listed.findValuesAsText("open")).contains("true", "false");
        }
        JsonNode anna = cases("volunteer.anna").get("/cases/my-tasks").json();
        assertThat(anna.findValuesAsText("actionId")).hasSizeGreaterThanOrEqualTo(2);
        // Partner facts refuse her nothing; only finished tasks (done, or of a closed case) lose the client (B16).
        assertThat(anna.findValuesAsText("withheld")).containsOnly("finished");
        for (JsonNode task : anna) {
            boolean finished = "finished".equals(task.path("withheld").asText());
            assertThat(task.path("client").isMissingNode() || task.path("client").isNull())
                    .as(task.toString()).isEqualTo(finished);
        }
    }

    @Test
    @Order(14)
    void theCaseworkReportCountsTheScenarioAndTheDemoCasesWithoutNamingAnyone() {
        Api reports = api("reporting-service").as(user("coordinator.welzijn"));

        JsonNode report = await().atMost(ASYNC).until(
                () -> reports.get("/reports/casework?networkId=" + NEIGHBOURHOOD).json().get(0),
                json -> json.at("/figures/cases-closed/breakdown/GOALS_REACHED").asLong() >= 1
                        && json.at("/figures/handovers-accepted/total").asLong() >= 1);

        assertThat(report.at("/figures/cases-opened/total").asLong()).isGreaterThanOrEqualTo(8);
        assertThat(report.at("/figures/handovers-initiated/breakdown/FORMAL_TO_INFORMAL").asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(report.at("/figures/informal-options-assessed/total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(report.at("/figures/referrals-accepted/total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("suppressed").asBoolean()).isFalse();
        assertThat(report.toString()).doesNotContain(caseId, annaId, CLIENT_NAME, "wijkteam-zuiderhaven");
    }

    private JsonNode own(JsonNode mine) {
        return StreamSupport.stream(mine.spliterator(), false)
                .filter(signal -> signalId.equals(signal.get("signalId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("signal " + signalId + " not in " + mine));
    }

    private static JsonNode personNamed(JsonNode people, String name) {
        return StreamSupport.stream(people.spliterator(), false)
                .filter(person -> name.equals(person.get("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + people));
    }

    private static void assertStatus(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("type").asText()).endsWith("/" + type);
    }

    /** Due dates and review dates are Dutch calendar days in case-service. */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    private Api cases(String username) {
        return api("case-service").as(user(username));
    }

    private String user(String username) {
        return tokens.forUser(username, DemoData.PASSWORD);
    }

    private Api api(String service) {
        return Api.at(platform.serviceUrl(service));
    }
}
