package nl.samenspel.cases.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.CaseServiceIntegrationTest;
import nl.samenspel.cases.PartnerWorld;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.WorldCases;
import nl.samenspel.cases.deadline.DeadlineMet;
import nl.samenspel.cases.deadline.DeadlineMissed;
import nl.samenspel.cases.deadline.DeadlineScheduled;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.OrganisationId;
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

class ReferralApiIntegrationTest extends CaseServiceIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PartnerWorld world;
    private WorldCases cases;
    private String schuldhulp;
    private String zelfhulp;
    private String wijkteam;
    private CaseId caseId;

    /** A real case led by the coordinator with the wijkteam in its team; the informal option not yet assessed. */
    @BeforeEach
    void world() {
        world = new PartnerWorld(bootstrapServers(), jdbc, true);
        cases = new WorldCases(api(), world);
        schuldhulp = world.organisation("schuldhulp", KindOfHelp.FORMAL, Sector.DEBT_HELP);
        zelfhulp = world.organisation("zelfhulp", KindOfHelp.INFORMAL, Sector.SELF_HELP);
        wijkteam = world.organisation("wijkteam", KindOfHelp.FORMAL, Sector.SOCIAL_WORK);
        world.member(wijkteam, true);
        world.member(schuldhulp, true);
        caseId = cases.open();
        cases.assign(caseId, Party.organisation(OrganisationId.of(wijkteam)));
    }

    private String coordinator() {
        return world.coordinatorToken();
    }

    private static String system(String organisation) {
        return TestInfrastructure.token("service-account-" + organisation, organisation, Roles.PARTNER_SYSTEM);
    }

    private static String referral(String target, String targetId) {
        return """
                {"target": "%s", "targetId": "%s"}""".formatted(target, targetId);
    }

    private String refer(String token, String targetId) {
        Api.Response response = api().as(token).post("/cases/" + caseId + "/referrals",
                referral("ORGANISATION", targetId));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("referralId").asText();
    }

    @Test
    void aReferralIsMadeAcceptedAndCompletedAndTheOrganisationJoinsTheCaseTeam() throws IOException {
        cases.assessInformalOption(caseId, InformalOptionOutcome.FORMAL_HELP);

        String referralId = refer(coordinator(), schuldhulp);
        assertThat(jdbc.queryForObject("select payloadtype from domainevententry where aggregateidentifier = ?",
                String.class, referralId)).isEqualTo(ReferralMade.class.getName());

        Api.Response accepted = api().as(system(schuldhulp)).post("/referrals/" + referralId + "/acceptance", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
        cases.awaitCase(caseId, read -> read.get("team").findValuesAsText("id").contains(schuldhulp));
        awaitStoredEvents("referral-answer:" + referralId, DeadlineScheduled.class, DeadlineMet.class);

        Api.Response completed = api().as(system(schuldhulp)).post("/referrals/" + referralId + "/completion", "");
        assertThat(completed.status()).as(completed.toString()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response ofCase = api().as(coordinator()).get("/referrals?caseId=" + caseId);
            assertThat(ofCase.status()).isEqualTo(200);
            assertThat(ofCase.json().get(0).get("status").asText()).isEqualTo("COMPLETED");
        });
        Api.Response incoming = api().as(system(schuldhulp)).get("/referrals/incoming");
        assertThat(incoming.json().findValuesAsText("referralId")).containsExactly(referralId);

        ConsumerRecord<String, byte[]> made = caseEventMentioning(referralId, "nl.samenspel.case.referral-made");
        assertThat(made.key()).isEqualTo(caseId.asString());
        assertThat(KafkaTopics.header(made, "ce_actor")).isEqualTo("coordinator-" + world.coordinator);
        assertThat(KafkaTopics.header(made, "ce_actororganisation")).isEqualTo(world.coordinator);
        JsonNode data = JSON.readTree(made.value());
        assertThat(data.get("direction").asText()).isEqualTo("FORMAL_TO_FORMAL");
        assertThat(data.get("legalBasis").asText()).isEqualTo("EXPLICIT_CONSENT");
        assertThat(data.get("fromOrganisationId").asText()).isEqualTo(world.coordinator);
        ConsumerRecord<String, byte[]> acceptedRecord = caseEventMentioning(referralId,
                "nl.samenspel.case.referral-accepted");
        assertThat(KafkaTopics.header(acceptedRecord, "ce_actororganisation")).isEqualTo(schuldhulp);
        assertThat(JSON.readTree(acceptedRecord.value()).get("legalBasis").asText()).isEqualTo("EXPLICIT_CONSENT");
    }

    @Test
    void aReferralLeftUnansweredPastItsDueDateIsReportedOverdue() throws IOException {
        cases.assessInformalOption(caseId, InformalOptionOutcome.FORMAL_HELP);
        String referralId = refer(coordinator(), schuldhulp);
        String deadlineId = "referral-answer:" + referralId;

        String task = awaitScheduledTask("deadlineId", deadlineId);
        LocalDate answerDueOn = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(Referral.ANSWER_WITHIN_DAYS);
        assertThat(scheduledAt(task))
                .isEqualTo(answerDueOn.plusDays(1).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());

        fallDueNow(task);

        awaitStoredEvents("referral-answer:" + referralId, DeadlineScheduled.class, DeadlineMissed.class);
        JsonNode overdue = JSON.readTree(caseEventMentioning(referralId,
                "nl.samenspel.case.referral-answer-overdue").value());
        assertThat(overdue.get("caseId").asText()).isEqualTo(caseId.asString());
        assertThat(overdue.get("targetId").asText()).isEqualTo(schuldhulp);
        assertThat(overdue.get("answerDueOn").asText()).isEqualTo(answerDueOn.toString());

        Api.Response lateAnswer = api().as(system(schuldhulp)).post("/referrals/" + referralId + "/acceptance", "");
        assertThat(lateAnswer.status()).as(lateAnswer.toString()).isEqualTo(204);
        cases.awaitCase(caseId, read -> read.get("team").findValuesAsText("id").contains(schuldhulp));
        assertThat(storedEventTypes("referral-answer:" + referralId)).containsExactly(DeadlineScheduled.class.getName(),
                DeadlineMissed.class.getName());
    }

    @Test
    void formalHelpBeforeTheInformalOptionWasAssessedIsRefusedAndNothingStored() {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).post("/cases/" + caseId + "/referrals",
                referral("ORGANISATION", schuldhulp));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asText()).endsWith("/informal-option-not-assessed");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aReferralToASelfHelpGroupIsRecordedAndNothingMore() {
        String referralId = refer(coordinator(), zelfhulp);
        long before = storedEvents();

        for (String followUp : List.of("acceptance", "completion")) {
            Api.Response response = api().as(system(zelfhulp)).post("/referrals/" + referralId + "/" + followUp, "");
            assertThat(response.status()).as(response.toString()).isEqualTo(409);
            assertThat(response.json().get("type").asText()).endsWith("/self-help-referral-has-no-follow-up");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aDeclinedReferralCannotBeAccepted() {
        cases.assessInformalOption(caseId, InformalOptionOutcome.FORMAL_HELP);
        String referralId = refer(coordinator(), schuldhulp);
        Api.Response declined = api().as(system(schuldhulp)).post("/referrals/" + referralId + "/declination",
                "{\"reason\": \"NO_CAPACITY\"}");
        assertThat(declined.status()).as(declined.toString()).isEqualTo(204);
        awaitStoredEvents("referral-answer:" + referralId, DeadlineScheduled.class, DeadlineMet.class);
        long before = storedEvents();

        Api.Response accepted = api().as(system(schuldhulp)).post("/referrals/" + referralId + "/acceptance", "");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(409);
        assertThat(accepted.json().get("type").asText()).endsWith("/referral-already-answered");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anOrganisationOutsideTheCaseTeamMayNotReferNorSeeTheCasesReferrals() {
        long before = storedEvents();
        String outsider = TestInfrastructure.token("prof", schuldhulp, Roles.PROFESSIONAL);

        Api.Response refer = api().as(outsider).post("/cases/" + caseId + "/referrals",
                referral("ORGANISATION", zelfhulp));
        Api.Response read = api().as(outsider).get("/referrals?caseId=" + caseId);
        Api.Response volunteer = api().as(TestInfrastructure.token("vol", wijkteam, Roles.VOLUNTEER))
                .post("/cases/" + caseId + "/referrals", referral("ORGANISATION", zelfhulp));

        assertThat(refer.status()).as(refer.toString()).isEqualTo(403);
        assertThat(read.status()).as(read.toString()).isEqualTo(404);
        assertThat(volunteer.status()).as(volunteer.toString()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** Issue 8, item 5: an organisation that is no member of the case's network is not referred to. */
    @Test
    void anOrganisationOutsideTheNetworkIsNotReferredTo() {
        cases.assessInformalOption(caseId, InformalOptionOutcome.FORMAL_HELP);
        String ggz = world.organisation("ggz-delta", KindOfHelp.FORMAL, Sector.MENTAL_HEALTH);
        long before = storedEvents();

        Api.Response refused = api().as(coordinator()).post("/cases/" + caseId + "/referrals",
                referral("ORGANISATION", ggz));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("type").asText()).endsWith("not-a-member");
        assertThat(refused.json().get("detail").asText()).contains("targetId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** Issue 8, item 6: a team member works on the case; referring it is for whoever runs it. */
    @Test
    void aTeamMemberDoesNotReferTheCase() {
        cases.assessInformalOption(caseId, InformalOptionOutcome.FORMAL_HELP);
        long before = storedEvents();

        Api.Response refused = api().as(TestInfrastructure.token("prof", wijkteam, Roles.PROFESSIONAL))
                .post("/cases/" + caseId + "/referrals", referral("ORGANISATION", schuldhulp));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownCasesAndReferralsAre404() {
        long before = storedEvents();

        Api.Response unknownCase = api().as(coordinator()).post("/cases/" + CaseId.random() + "/referrals",
                referral("ORGANISATION", zelfhulp));
        Api.Response unknownReferral = api().as(coordinator()).post("/referrals/" + ReferralId.random()
                + "/acceptance", "");

        assertThat(unknownCase.status()).as(unknownCase.toString()).isEqualTo(404);
        assertThat(unknownReferral.status()).as(unknownReferral.toString()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("malformed case id", "/cases/not-a-uuid/referrals", referral("ORGANISATION", "x"),
                        "caseId"),
                Arguments.of("unknown target kind", "/cases/%s/referrals", referral("PERSON", "schuldhulp"),
                        "target"),
                Arguments.of("missing target id", "/cases/%s/referrals", "{\"target\": \"ORGANISATION\"}",
                        "targetId"),
                Arguments.of("target id of the wrong shape", "/cases/%s/referrals",
                        referral("ORGANISATION", "Schuldhulp Zuiderhaven!"), "targetId"),
                Arguments.of("oversized target id", "/cases/%s/referrals", referral("ORGANISATION", "x".repeat(5000)),
                        "targetId"),
                Arguments.of("unknown organisation", "/cases/%s/referrals",
                        referral("ORGANISATION", "onbekende-stichting"), "targetId"),
                Arguments.of("malformed referral id", "/referrals/123/declination", "{\"reason\": \"OTHER\"}",
                        "referralId"),
                Arguments.of("unknown decline reason", "/referrals/" + ReferralId.random() + "/declination",
                        "{\"reason\": \"BORED\"}", "reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsABadRequestNamingTheFieldAndStoresNothing(String label, String path, String body, String field) {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).post(path.replace("%s", caseId.asString()), body);

        assertBadRequestNaming(response, field, before);
    }
}
