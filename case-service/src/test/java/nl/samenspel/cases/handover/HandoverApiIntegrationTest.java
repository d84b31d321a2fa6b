package nl.samenspel.cases.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.CaseServiceIntegrationTest;
import nl.samenspel.cases.PartnerWorld;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.VolunteerLimitsOverridden;
import nl.samenspel.cases.WorldCases;
import nl.samenspel.cases.deadline.DeadlineMet;
import nl.samenspel.cases.deadline.DeadlineScheduled;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.Sector;
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

class HandoverApiIntegrationTest extends CaseServiceIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FEEDBACK = "Mevrouw gaat graag mee naar de markt; het contact loopt goed.";

    private PartnerWorld world;
    private WorldCases cases;
    private String wijkteam;
    private String ggz;
    private String vrijwilligers;
    private PersonId backstop;
    private CaseId caseId;
    private ActionId task;

    /**
     * A real case led by the coordinator, with the wijkteam in its team owning a task, and the informal option
     * assessed, so formal help may be deployed.
     */
    @BeforeEach
    void world() {
        world = new PartnerWorld(bootstrapServers(), jdbc, true);
        cases = new WorldCases(api(), world);
        wijkteam = world.organisation("wijkteam", KindOfHelp.FORMAL, Sector.SOCIAL_WORK);
        world.member(wijkteam, true);
        ggz = world.organisation("ggz", KindOfHelp.FORMAL, Sector.MENTAL_HEALTH);
        world.member(ggz, true);
        vrijwilligers = world.organisation("vrijwilligers", KindOfHelp.INFORMAL, Sector.VOLUNTEER_ORGANISATION);
        world.member(vrijwilligers, true);
        backstop = world.professional(wijkteam);
        caseId = cases.open();
        Party team = Party.organisation(OrganisationId.of(wijkteam));
        cases.assign(caseId, team);
        task = cases.agreeAction(caseId, team);
        cases.assessInformalOption(caseId, InformalOptionOutcome.INFORMAL_AND_FORMAL_HELP);
    }

    private String coordinator() {
        return world.coordinatorToken();
    }

    private static String professional(String organisation) {
        return TestInfrastructure.token("prof-" + organisation, organisation, Roles.PROFESSIONAL);
    }

    /** A handover; to a volunteer, of company, as PartnerWorld's volunteers agreed to. */
    private static String handover(String handedOver, String actionId, String toKind, String toId, String backstop) {
        return handover(handedOver, actionId, toKind, toId, backstop, "COMPANIONSHIP", "");
    }

    private static String handover(String handedOver, String actionId, String toKind, String toId, String backstop,
            String task, String more) {
        return """
                {"handedOver": "%s", "actionId": %s, "toKind": "%s", "toId": "%s", "backstopId": %s, "task": "%s"%s}"""
                .formatted(handedOver, actionId == null ? "null" : "\"" + actionId + "\"", toKind, toId,
                        backstop == null ? "null" : "\"" + backstop + "\"", task, more);
    }

    private String initiate(String token, String body) {
        Api.Response response = api().as(token).post("/cases/" + caseId + "/handovers", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("handoverId").asText();
    }

    @Test
    void theCaseLeadIsHandedOverAcceptedAndFeedbackReturnedToTheCoordinator() throws IOException {
        String handoverId = initiate(coordinator(), handover("CASE_LEAD", null, "ORGANISATION", ggz, null));

        Api.Response accepted = api().as(professional(ggz)).post("/handovers/" + handoverId + "/acceptance", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
        cases.awaitCase(caseId, read -> read.get("lead").get("id").asText().equals(ggz));
        awaitStoredEvents("handover-acceptance:" + handoverId, DeadlineScheduled.class, DeadlineMet.class);

        Api.Response feedback = api().as(professional(ggz)).post("/handovers/" + handoverId + "/feedback",
                JSON.writeValueAsString(Map.of("feedback", FEEDBACK)));
        assertThat(feedback.status()).as(feedback.toString()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response ofCase = api().as(coordinator()).get("/handovers?caseId=" + caseId);
            assertThat(ofCase.status()).isEqualTo(200);
            assertThat(ofCase.json().get(0).get("status").asText()).isEqualTo("FEEDBACK_RETURNED");
            assertThat(ofCase.json().get(0).get("feedback").asText()).isEqualTo(FEEDBACK);
        });
        List<String> stored = jdbc.queryForList("select convert_from(payload, 'UTF8') from domainevententry "
                + "where aggregateidentifier = ?", String.class, handoverId);
        assertThat(stored).noneMatch(payload -> payload.contains("markt"));
        String client = cases.awaitCase(caseId, read -> true).get("clients").get(0).get("clientId").asText();
        assertThat(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb -> 'feedback' ->> 'keyId' from domainevententry
                where aggregateidentifier = ? and payloadtype = ?""", String.class, handoverId,
                HandoverFeedbackReturned.class.getName())).as("sealed under the client").isEqualTo(client);

        JsonNode initiated = JSON.readTree(caseEventMentioning(handoverId,
                "nl.samenspel.case.handover-initiated").value());
        assertThat(initiated.get("handedOver").asText()).isEqualTo("CASE_LEAD");
        assertThat(initiated.get("fromId").asText()).isEqualTo(world.coordinator);
        assertThat(initiated.get("direction").asText()).isEqualTo("FORMAL_TO_FORMAL");
        assertThat(initiated.get("legalBasis").asText()).isEqualTo("EXPLICIT_CONSENT");
        ConsumerRecord<String, byte[]> returned = caseEventMentioning(handoverId,
                "nl.samenspel.case.handover-feedback-returned");
        assertThat(KafkaTopics.header(returned, "ce_actororganisation")).isEqualTo(ggz);
        assertThat(new String(returned.value(), StandardCharsets.UTF_8)).doesNotContain("markt");
    }

    @Test
    void aTaskIsHandedToAVolunteerWithABackstopAndTheirOrganisationAcceptsForThem() throws IOException {
        PersonId volunteer = world.volunteer(vrijwilligers, true);

        String handoverId = initiate(professional(wijkteam),
                handover("TASK", task.asString(), "INFORMAL_HELPER", volunteer.asString(), backstop.asString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> api().as(professional(vrijwilligers))
                .get("/handovers/incoming").json().findValuesAsText("handoverId").contains(handoverId));
        Api.Response accepted = api().as(professional(vrijwilligers))
                .post("/handovers/" + handoverId + "/acceptance", "");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
        cases.awaitCase(caseId, read -> WorldCases.stream(read.get("actions"))
                .anyMatch(action -> action.get("actionId").asText().equals(task.asString())
                        && action.get("owner").get("id").asText().equals(volunteer.asString())));
        JsonNode initiated = JSON.readTree(caseEventMentioning(handoverId,
                "nl.samenspel.case.handover-initiated").value());
        assertThat(initiated.get("direction").asText()).isEqualTo("FORMAL_TO_INFORMAL");
        assertThat(initiated.get("backstopId").asText()).isEqualTo(backstop.asString());
        assertThat(initiated.get("toKind").asText()).isEqualTo("INFORMAL_HELPER");
    }

    /** Issue 8, item 16: a task handed to a volunteer stays within their agreement unless the coordinator says why. */
    @Test
    void aTaskOutsideAVolunteersAgreementIsHandedToThemOnlyByTheCoordinatorWithAReason() {
        PersonId volunteer = world.volunteer(vrijwilligers, true);
        long before = storedEvents();

        Api.Response refused = api().as(professional(wijkteam)).post("/cases/" + caseId + "/handovers", handover(
                "TASK", task.asString(), "INFORMAL_HELPER", volunteer.asString(), backstop.asString(), "TRANSPORT",
                ""));
        String override = ", \"limitsOverride\": {\"reason\": \"Zij kent de weg naar het ziekenhuis.\"}";
        Api.Response notTheirs = api().as(professional(wijkteam)).post("/cases/" + caseId + "/handovers", handover(
                "TASK", task.asString(), "INFORMAL_HELPER", volunteer.asString(), backstop.asString(), "TRANSPORT",
                override));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("type").asText()).endsWith("/volunteer-limits-exceeded");
        assertThat(refused.json().get("detail").asText()).contains("task-not-agreed");
        assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);

        String handoverId = initiate(coordinator(), handover("TASK", task.asString(), "INFORMAL_HELPER",
                volunteer.asString(), backstop.asString(), "TRANSPORT", override));
        List<String> stored = jdbc.queryForList("select payloadtype from domainevententry where aggregateidentifier = ?"
                + " order by sequencenumber", String.class, handoverId);
        assertThat(stored).containsExactly(HandoverInitiated.class.getName(), VolunteerLimitsOverridden.class.getName());
        assertThat(jdbc.queryForList("select convert_from(payload, 'UTF8') from domainevententry where "
                + "aggregateidentifier = ?", String.class, handoverId)).noneMatch(p -> p.contains("ziekenhuis"));
    }

    @Test
    void anOrganisationWithoutTheCovenantIsRefusedWithTheReasonAndNothingStored() {
        String woonstede = world.organisation("woonstede", KindOfHelp.FORMAL, Sector.HOUSING);
        world.member(woonstede, false);
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).post("/cases/" + caseId + "/handovers",
                handover("CASE_LEAD", null, "ORGANISATION", woonstede, null));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asText()).isEqualTo("https://samenspel.nl/problems/no-covenant");
        assertThat(response.json().get("detail").asText())
                .isEqualTo("The organisation has no signed privacy covenant for the network. (R3)");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aVolunteerWithoutTheUndertakingIsRefusedAndAVolunteerWithoutBackstopTooNothingStored() {
        PersonId unsigned = world.volunteer(vrijwilligers, false);
        PersonId signed = world.volunteer(vrijwilligers, true);
        long before = storedEvents();

        Api.Response noUndertaking = api().as(professional(wijkteam)).post("/cases/" + caseId + "/handovers",
                handover("TASK", task.asString(), "INFORMAL_HELPER", unsigned.asString(), backstop.asString()));
        Api.Response noBackstop = api().as(professional(wijkteam)).post("/cases/" + caseId + "/handovers",
                handover("TASK", task.asString(), "INFORMAL_HELPER", signed.asString(), null));

        assertThat(noUndertaking.status()).as(noUndertaking.toString()).isEqualTo(409);
        assertThat(noUndertaking.json().get("type").asText()).endsWith("/no-undertaking");
        assertThat(noBackstop.status()).as(noBackstop.toString()).isEqualTo(400);
        assertThat(noBackstop.json().get("errors").findValuesAsText("field")).containsExactly("backstopId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void formalHelpBeforeTheInformalOptionWasAssessedIsRefusedAndNothingStored() {
        CaseId unassessed = cases.open();
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).post("/cases/" + unassessed + "/handovers",
                handover("CASE_LEAD", null, "ORGANISATION", ggz, null));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asText()).endsWith("/informal-option-not-assessed");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aDeclinedHandoverMeetsItsAcceptanceDeadline() {
        String handoverId = initiate(coordinator(), handover("CASE_LEAD", null, "ORGANISATION", ggz, null));
        awaitStoredEvents("handover-acceptance:" + handoverId, DeadlineScheduled.class);
        assertThat(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'counterpartId' from domainevententry
                where aggregateidentifier = ?""", String.class, "handover-acceptance:" + handoverId)).isEqualTo(ggz);

        assertThat(api().as(professional(ggz)).post("/handovers/" + handoverId + "/declination",
                "{\"reason\": \"NO_CAPACITY\"}").status()).isEqualTo(204);

        awaitStoredEvents("handover-acceptance:" + handoverId, DeadlineScheduled.class, DeadlineMet.class);
    }

    @Test
    void onlyTheReceivingPartyAnswersAndOnlyOnce() {
        String handoverId = initiate(coordinator(), handover("CASE_LEAD", null, "ORGANISATION", ggz, null));
        awaitStoredEvents("handover-acceptance:" + handoverId, DeadlineScheduled.class);
        long before = storedEvents();

        Api.Response byOther = api().as(professional(wijkteam)).post("/handovers/" + handoverId + "/acceptance", "");
        Api.Response feedbackTooEarly = api().as(professional(ggz)).post("/handovers/" + handoverId + "/feedback",
                "{\"feedback\": \"Goed.\"}");
        assertThat(byOther.status()).as(byOther.toString()).isEqualTo(403);
        assertThat(feedbackTooEarly.status()).as(feedbackTooEarly.toString()).isEqualTo(409);
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(api().as(professional(ggz)).post("/handovers/" + handoverId + "/declination",
                "{\"reason\": \"NO_CAPACITY\"}").status()).isEqualTo(204);
        awaitStoredEvents("handover-acceptance:" + handoverId, DeadlineScheduled.class, DeadlineMet.class);
        long afterDecline = storedEvents();
        Api.Response acceptDeclined = api().as(professional(ggz)).post("/handovers/" + handoverId + "/acceptance", "");
        assertThat(acceptDeclined.status()).as(acceptDeclined.toString()).isEqualTo(409);
        assertThat(acceptDeclined.json().get("type").asText()).endsWith("/handover-already-answered");
        assertThat(storedEvents()).isEqualTo(afterDecline);
    }

    static Stream<Arguments> badInput() {
        String uuid = "3f1c2a9e-5b7d-4e21-9c3a-1d2e3f4a5b6c";
        return Stream.of(
                Arguments.of("malformed case id", "/cases/123/handovers",
                        handover("CASE_LEAD", null, "ORGANISATION", "ggz-delta", null), "caseId"),
                Arguments.of("unknown subject", "/cases/%s/handovers",
                        handover("EVERYTHING", null, "ORGANISATION", "ggz-delta", null), "handedOver"),
                Arguments.of("unknown party kind", "/cases/%s/handovers",
                        handover("CASE_LEAD", null, "ROBOT", "ggz-delta", null), "toKind"),
                Arguments.of("oversized recipient", "/cases/%s/handovers",
                        handover("CASE_LEAD", null, "ORGANISATION", "x".repeat(5000), null), "toId"),
                Arguments.of("a person id that is no uuid", "/cases/%s/handovers",
                        handover("CASE_LEAD", null, "INFORMAL_HELPER", "anna", uuid), "toId"),
                Arguments.of("malformed action id", "/cases/%s/handovers",
                        handover("TASK", "task-1", "ORGANISATION", "ggz-delta", null), "actionId"),
                Arguments.of("malformed backstop", "/cases/%s/handovers",
                        handover("CASE_LEAD", null, "ORGANISATION", "ggz-delta", "not-a-person"), "backstopId"),
                Arguments.of("task without action", "/cases/%s/handovers",
                        handover("TASK", null, "ORGANISATION", "ggz-delta", null), "actionId"),
                Arguments.of("malformed handover id", "/handovers/abc/acceptance", "", "handoverId"),
                Arguments.of("oversized feedback", "/handovers/" + uuid + "/feedback",
                        "{\"feedback\": \"" + "x".repeat(3000) + "\"}", "feedback"),
                Arguments.of("blank feedback", "/handovers/" + uuid + "/feedback", "{\"feedback\": \" \"}",
                        "feedback"),
                Arguments.of("unknown decline reason", "/handovers/" + uuid + "/declination",
                        "{\"reason\": \"BORED\"}", "reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsABadRequestNamingTheFieldAndStoresNothing(String label, String path, String body, String field) {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).post(path.replace("%s", caseId.asString()), body);

        assertBadRequestNaming(response, field, before);
    }

    @Test
    void aVolunteerAcceptsATaskHandedToThemInPersonAndReturnsFeedback() throws IOException {
        PersonId volunteer = world.volunteer(vrijwilligers, true);
        Api self = api().as(TestInfrastructure.token(world.login(volunteer), vrijwilligers, Roles.VOLUNTEER));
        String handoverId = initiate(professional(wijkteam),
                handover("TASK", task.asString(), "INFORMAL_HELPER", volunteer.asString(), backstop.asString()));

        JsonNode incoming = await().atMost(Duration.ofSeconds(30)).until(() -> self.get("/handovers/incoming").json(),
                list -> list.findValuesAsText("handoverId").contains(handoverId));
        Api.Response accepted = self.post("/handovers/" + handoverId + "/acceptance", "");
        Api.Response feedback = self.post("/handovers/" + handoverId + "/feedback",
                "{\"feedback\": \"Boodschappen gedaan; meneer redt zich weer.\"}");

        assertThat(incoming.findValuesAsText("handoverId")).containsOnly(handoverId);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
        assertThat(feedback.status()).as(feedback.toString()).isEqualTo(204);
        JsonNode returned = JSON.readTree(caseEventMentioning(handoverId,
                "nl.samenspel.case.handover-feedback-returned").value());
        assertThat(returned.toString()).doesNotContain("Boodschappen");
    }

    @Test
    void aVolunteerAnswersNoHandoverToSomeoneElseAndHandsOverNoLead() {
        PersonId volunteer = world.volunteer(vrijwilligers, true);
        PersonId colleague = world.volunteer(vrijwilligers, true);
        Api other = api().as(TestInfrastructure.token(world.login(colleague), vrijwilligers, Roles.VOLUNTEER));
        Api unlinked = api().as(TestInfrastructure.token("vol", vrijwilligers, Roles.VOLUNTEER));
        String handoverId = initiate(professional(wijkteam),
                handover("TASK", task.asString(), "INFORMAL_HELPER", volunteer.asString(), backstop.asString()));
        awaitStoredEvents("handover-acceptance:" + handoverId, DeadlineScheduled.class);
        long before = storedEvents();

        Api.Response accepted = other.post("/handovers/" + handoverId + "/acceptance", "");
        Api.Response declined = unlinked.post("/handovers/" + handoverId + "/declination", "{\"reason\": \"OTHER\"}");
        Api.Response lead = other.post("/cases/" + caseId + "/handovers",
                handover("CASE_LEAD", null, "ORGANISATION", ggz, null));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(403);
        assertThat(declined.status()).as(declined.toString()).isEqualTo(403);
        assertThat(lead.status()).as(lead.toString()).isEqualTo(403);
        assertThat(other.get("/handovers/incoming").json().findValuesAsText("handoverId")).doesNotContain(handoverId);
        assertThat(unlinked.get("/handovers/incoming").json()).isEmpty();
        assertThat(storedEvents()).isEqualTo(before);
    }
}
