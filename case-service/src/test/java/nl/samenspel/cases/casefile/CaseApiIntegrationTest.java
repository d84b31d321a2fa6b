package nl.samenspel.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.CaseServiceIntegrationTest;
import nl.samenspel.cases.VolunteerLimitsOverridden;
import nl.samenspel.cases.deadline.DeadlineId;
import nl.samenspel.cases.deadline.DeadlineKind;
import nl.samenspel.cases.deadline.DeadlineMet;
import nl.samenspel.cases.deadline.DeadlineScheduled;
import nl.samenspel.cases.deadline.MeetDeadline;
import nl.samenspel.cases.deadline.ScheduleDeadline;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.contracts.partners.ConfidentialityUndertakingSignedV1;
import nl.samenspel.contracts.partners.CovenantSignedV1;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.contracts.partners.NetworkConfiguredV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.contracts.partners.PersonAccountLinkedV1;
import nl.samenspel.contracts.partners.PersonRegisteredV1;
import nl.samenspel.contracts.partners.VolunteerAgreementConcludedV1;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Cases over HTTP with real tokens, on partner facts that arrive over the real broker. */
class CaseApiIntegrationTest extends CaseServiceIntegrationTest {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String NETWORK = "oggz-" + SUFFIX;
    private static final String GGD = "ggd-" + SUFFIX;
    private static final String GGZ = "ggz-" + SUFFIX;
    private static final String CHURCH = "kerk-" + SUFFIX;
    private static final String POLICE = "politie-" + SUFFIX;
    private static final String VOLUNTEERS = "vrijwilligers-" + SUFFIX;
    private static final String VOLUNTEER = UUID.randomUUID().toString();
    /** The volunteer's login: partner-service links it to the person, it is not the person id. */
    private static final String VOLUNTEERS_LOGIN = "login-" + SUFFIX;

    private static final String NAME = "Johanna Verbeek-Klaassen";
    private static final String BSN = "111222333";
    private static final String STREET = "Zeedijkstraat 41";
    private static final String ANALYSIS = "Woning sterk vervuild; Johanna mijdt sinds maart elk contact.";
    private static final String GOAL = "Johanna heeft binnen drie maanden weer een schone woning.";
    private static final String TASK = "Wekelijks koffie drinken met Johanna op dinsdag.";

    private static boolean partnersKnown;

    @Autowired
    private CommandGateway commands;

    @BeforeEach
    void partners() {
        if (partnersKnown) {
            return;
        }
        publish(new NetworkRegisteredV1(NETWORK, "OGGZ-netwerk", NetworkType.OGGZ, "GM9901", GGD, Instant.now()));
        publish(new NetworkConfiguredV1(NETWORK, List.of(LegalBasis.INFORMED_CONSENT,
                LegalBasis.HIGHER_INTEREST_OVERRIDE), true, List.of(), List.of(Ring.OUTER), true, null, null, List.of(),
                null, Instant.now()));
        for (String organisation : List.of(GGZ, CHURCH, POLICE, VOLUNTEERS)) {
            Ring ring = organisation.equals(GGZ) || organisation.equals(POLICE) ? Ring.CORE : Ring.OUTER;
            publish(new MemberJoinedV1(NETWORK, organisation, ring, Instant.now()));
            if (!organisation.equals(POLICE)) {
                publish(new CovenantSignedV1(NETWORK, organisation, UUID.randomUUID().toString(), SignatoryLevel.BOARD,
                        Instant.now()));
            }
        }
        publish(new PersonRegisteredV1(VOLUNTEER, PersonKind.VOLUNTEER, VOLUNTEERS, Instant.now()));
        publish(new PersonAccountLinkedV1(VOLUNTEER, VOLUNTEERS_LOGIN, Instant.now()));
        publish(new ConfidentialityUndertakingSignedV1(VOLUNTEER, NETWORK, Instant.now()));
        publish(new VolunteerAgreementConcludedV1(UUID.randomUUID().toString(), VOLUNTEER, VOLUNTEERS,
                List.of(VolunteerTask.COMPANIONSHIP, VolunteerTask.AFTERCARE), List.of(DayOfWeek.TUESDAY), LocalDate.now().minusDays(7),
                LocalDate.now().plusYears(1), CapacityUnit.CASES, 2, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists(select 1 from partner_network where network_id = ? and configured_at is not null)
                   and (select count(*) from partner_covenant where network_id = ?) = 3
                   and exists(select 1 from partner_undertaking where network_id = ?)
                   and exists(select 1 from partner_volunteer_agreement where volunteer_id = ?::uuid)
                   and exists(select 1 from partner_person where person_id = ?::uuid)
                   and exists(select 1 from partner_person_account where person_id = ?::uuid)""", Boolean.class,
                NETWORK, NETWORK, NETWORK, VOLUNTEER, VOLUNTEER, VOLUNTEER)));
        partnersKnown = true;
    }

    private static void publish(IntegrationEvent event) {
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, event);
    }

    private Api coordinator() {
        return api().as(TestInfrastructure.token("coordinator-" + SUFFIX, GGD, Roles.NETWORK_COORDINATOR));
    }

    private Api professional(String organisation) {
        return api().as(TestInfrastructure.token("pro-" + organisation, organisation, Roles.PROFESSIONAL));
    }

    private Api volunteer() {
        return api().as(TestInfrastructure.token(VOLUNTEERS_LOGIN, VOLUNTEERS, Roles.VOLUNTEER));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    private static String openJson(String legalBasis, String bsn) {
        return """
                {"networkId": "%s", "clientKnownToServices": false, "problemDomains": ["SELF_NEGLECT", "LONELINESS"],
                 "acute": false, "presentation": "SILENT", "legalBasis": "%s",
                 "client": {"name": "%s", "dateOfBirth": "1948-02-29", "bsn": "%s", "address": "%s, Zuiderhaven"},
                 "familyMembers": [{"name": "Kees Verbeek", "dateOfBirth": "1950-07-01",
                                    "postcode": "1234 AB", "houseNumber": "41"}]}"""
                .formatted(NETWORK, legalBasis, NAME, bsn, STREET);
    }

    private String openCase() {
        Api.Response opened = coordinator().post("/cases", openJson("INFORMED_CONSENT", BSN));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().get("caseId").asText();
    }

    private static String party(String kind, String id) {
        return "{\"kind\": \"%s\", \"id\": \"%s\"}".formatted(kind, id);
    }

    private static void assertStatus(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    private JsonNode awaitCase(Api as, String caseId, Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response read = as.get("/cases/" + caseId);
            return read.status() == 200 ? read.json() : null;
        }, node -> node != null && until.test(node));
    }

    @Test
    void aCaseRunsFromOpeningToItsFollowUpReviewWithPersonalDataOnlySealed() {
        String caseId = openCase();
        String conference = UUID.randomUUID().toString();
        String base = "/cases/" + caseId;
        assertStatus(coordinator().post(base + "/team", "{\"party\": " + party("ORGANISATION", GGZ) + "}"), 204);
        assertStatus(coordinator().post(base + "/conference-tablings",
                "{\"conferenceId\": \"%s\", \"conferenceOn\": \"%s\"}".formatted(conference, today())), 204);
        assertStatus(coordinator().post(base + "/analyses",
                "{\"conferenceId\": \"%s\", \"analysis\": \"%s\"}".formatted(conference, ANALYSIS)), 204);
        Api.Response action = coordinator().post(base + "/actions", """
                {"description": "%s", "owner": %s, "dueOn": "%s", "conferenceId": "%s", "task": "COMPANIONSHIP"}"""
                .formatted(TASK, party("INFORMAL_HELPER", VOLUNTEER), today().plusDays(7), conference));
        assertStatus(action, 201);
        String actionId = action.json().get("actionId").asText();
        assertStatus(volunteer().post(base + "/actions/" + actionId + "/progress", "{\"status\": \"ON_TRACK\"}"), 204);
        assertStatus(professional(GGZ).post(base + "/bilateral-handlings", "{\"firstParty\": %s, \"secondParty\": %s}"
                .formatted(party("ORGANISATION", GGZ), party("ORGANISATION", GGD))), 204);
        assertStatus(coordinator().post(base + "/informal-option",
                "{\"outcome\": \"INFORMAL_AND_FORMAL_HELP\"}"), 204);
        assertStatus(coordinator().post(base + "/informal-help", """
                {"helper": %s, "mode": "SUPPLEMENTARY", "kind": "BUDDY", "duration": "LONG_TERM",
                 "task": "COMPANIONSHIP"}"""
                .formatted(party("INFORMAL_HELPER", VOLUNTEER))), 201);
        assertStatus(coordinator().post(base + "/plan/goals", "{\"goal\": \"%s\"}".formatted(GOAL)), 201);
        assertStatus(coordinator().post(base + "/plan/reviews",
                "{\"outcome\": \"IMPROVED\", \"nextReviewOn\": \"%s\"}".formatted(today().plusWeeks(4))), 204);
        assertStatus(coordinator().post(base + "/aftercare", "{\"helper\": %s, \"reviewOn\": \"%s\"}"
                .formatted(party("INFORMAL_HELPER", VOLUNTEER), today().plusMonths(2))), 204);
        String closure = "{\"reason\": \"GOALS_REACHED\", \"outcome\": \"IMPROVED\", \"followUpReviewOn\": \"%s\"}"
                .formatted(today().plusMonths(6));
        assertStatus(coordinator().post(base + "/closure", closure), 204);
        awaitStoredEvents("aftercare-review:" + caseId, DeadlineScheduled.class, DeadlineMet.class);
        awaitStoredEvents("follow-up-review:" + caseId, DeadlineScheduled.class);

        long before = storedEvents();
        Api.Response again = coordinator().post(base + "/closure", closure);
        assertStatus(again, 409);
        assertThat(again.json().get("type").asText()).endsWith("case-closed");
        assertStatus(coordinator().post(base + "/plan/goals", "{\"goal\": \"Nog een doel\"}"), 409);
        assertThat(storedEvents()).isEqualTo(before);
        assertStatus(coordinator().post(base + "/follow-up-review", "{\"outcome\": \"STABLE\"}"), 204);

        JsonNode read = awaitCase(coordinator(), caseId, c -> c.path("closure").path("followUpOutcome").asText()
                .equals("STABLE"));
        assertThat(read.get("open").asBoolean()).isFalse();
        assertThat(read.get("clients").get(0).get("name").asText()).isEqualTo(NAME);
        assertThat(read.get("clients").get(0).get("bsn").asText()).isEqualTo(BSN);
        assertThat(read.get("clients").get(1).get("postcode").asText()).isEqualTo("1234 AB");
        assertThat(read.get("conferences").get(0).get("analysis").asText()).isEqualTo(ANALYSIS);
        assertThat(read.get("actions").get(0).get("description").asText()).isEqualTo(TASK);
        assertThat(read.get("actions").get(0).get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(read.get("plan").get("goals").get(0).get("goal").asText()).isEqualTo(GOAL);
        assertThat(read.get("plan").get("aftercare").get("helper").get("id").asText()).isEqualTo(VOLUNTEER);
        assertThat(read.get("informalOption").get("mandatory").asBoolean()).isTrue();
        assertThat(read.get("team").findValuesAsText("id")).contains(GGD, GGZ, VOLUNTEER);
        assertThat(read.get("bilateralHandlings")).hasSize(1);
        assertThat(read.get("informalHelp").get(0).get("mode").asText()).isEqualTo("SUPPLEMENTARY");

        List<String> secrets = List.of(NAME, "Verbeek", BSN, "Zeedijkstraat", "1948-02-29", "vervuild", "schone woning",
                "koffie");
        List<String> stored = jdbc.queryForList("select convert_from(payload, 'UTF8') from domainevententry "
                + "where aggregateidentifier = ?", String.class, caseId);
        assertThat(stored).hasSize(17);
        for (String secret : secrets) {
            assertThat(stored).as("event store").noneMatch(payload -> payload.contains(secret));
        }
        List<ConsumerRecord<String, byte[]>> published = KafkaTopics.readUntil(bootstrapServers(), Topics.CASE_EVENTS,
                Duration.ofSeconds(60), records -> records.stream().anyMatch(r -> caseId.equals(r.key())
                        && "nl.samenspel.case.follow-up-reviewed".equals(KafkaTopics.header(r, "ce_type"))));
        List<ConsumerRecord<String, byte[]>> ofCase = published.stream().filter(r -> caseId.equals(r.key())).toList();
        assertThat(ofCase.stream().map(r -> KafkaTopics.header(r, "ce_type"))).contains(
                "nl.samenspel.case.case-opened", "nl.samenspel.case.client-added-to-case",
                "nl.samenspel.case.case-analysed", "nl.samenspel.case.action-agreed",
                "nl.samenspel.case.plan-goal-set", "nl.samenspel.case.case-closed");
        for (ConsumerRecord<String, byte[]> record : ofCase) {
            String everything = new String(record.value(), StandardCharsets.UTF_8) + record.headers();
            for (String secret : secrets) {
                assertThat(everything).as(KafkaTopics.header(record, "ce_type")).doesNotContain(secret);
            }
        }
        ConsumerRecord<String, byte[]> opened = ofCase.stream()
                .filter(r -> "nl.samenspel.case.case-opened".equals(KafkaTopics.header(r, "ce_type"))).findFirst()
                .orElseThrow();
        assertThat(KafkaTopics.header(opened, "ce_actororganisation")).isEqualTo(GGD);

        awaitStoredEvents("follow-up-review:" + caseId, DeadlineScheduled.class, DeadlineMet.class);
    }

    @Test
    void closingACaseWithoutAftercareWatchesItsFollowUpReviewAndARetriedPolicyChangesNothing() {
        String caseId = openCase();
        LocalDate followUpOn = today().plusMonths(6);

        assertStatus(coordinator().post("/cases/" + caseId + "/closure", "{\"reason\": \"CLIENT_DECLINED_HELP\", "
                + "\"outcome\": \"UNKNOWN\", \"followUpReviewOn\": \"%s\"}".formatted(followUpOn)), 204);

        awaitStoredEvents("follow-up-review:" + caseId, DeadlineScheduled.class);
        assertThat(storedEventTypes("aftercare-review:" + caseId)).as("never scheduled, met by nobody").isEmpty();

        // What the case policy sends again when it is retried after a crash.
        DeadlineId followUp = DeadlineId.of(DeadlineKind.FOLLOW_UP_REVIEW, UUID.fromString(caseId));
        commands.sendAndWait(new ScheduleDeadline(followUp, CaseId.of(caseId), NetworkId.of(NETWORK), null,
                followUpOn));
        commands.sendAndWait(new MeetDeadline(DeadlineId.of(DeadlineKind.AFTERCARE_REVIEW, UUID.fromString(caseId))));
        assertThat(storedEventTypes("follow-up-review:" + caseId)).containsExactly(DeadlineScheduled.class.getName());
        assertThat(storedEventTypes("aftercare-review:" + caseId)).isEmpty();
    }

    @Test
    void aVolunteerSeesOnlyTheirOwnTasksWithWhatTheyNeed() {
        String caseId = openCase();
        String mine = coordinator().post("/cases/" + caseId + "/actions", """
                {"description": "%s", "owner": %s, "dueOn": "%s", "task": "COMPANIONSHIP"}"""
                .formatted(TASK, party("INFORMAL_HELPER", VOLUNTEER), today().plusDays(7))).json().get("actionId").asText();
        String theirs = coordinator().post("/cases/" + caseId + "/actions", """
                {"description": "Schuldhulp aanvragen", "owner": %s, "dueOn": "%s", "task": "COMPANIONSHIP"}"""
                .formatted(party("ORGANISATION", GGD), today())).json().get("actionId").asText();

        JsonNode tasks = await().atMost(Duration.ofSeconds(30)).until(() -> volunteer().get("/cases/my-tasks").json(),
                list -> list.findValuesAsText("actionId").contains(mine));

        assertThat(tasks.findValuesAsText("actionId")).doesNotContain(theirs);
        JsonNode task = stream(tasks).filter(t -> t.get("actionId").asText().equals(mine)).findFirst().orElseThrow();
        assertThat(task.get("description").asText()).isEqualTo(TASK);
        assertThat(task.get("client").get("name").asText()).isEqualTo(NAME);
        assertThat(task.get("client").has("bsn")).isFalse();
        assertThat(task.has("withheld")).isFalse();

        long before = storedEvents();
        assertStatus(volunteer().get("/cases/" + caseId), 403);
        assertStatus(volunteer().post("/cases/" + caseId + "/actions/" + theirs + "/progress",
                "{\"status\": \"DONE\"}"), 403);
        assertStatus(volunteer().post("/cases/" + caseId + "/plan/goals", "{\"goal\": \"Doel\"}"), 403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** Issue 8, item 16: a task the volunteer did not agree to is given only by the coordinator, with a reason. */
    @Test
    void aTaskOutsideTheVolunteersAgreementIsRefusedUnlessTheCoordinatorGivesItWithAReason() {
        String caseId = openCase();
        String transport = """
                {"description": "Naar de huisarts rijden", "owner": %s, "dueOn": "%s", "task": "TRANSPORT"%s}""";
        long before = storedEvents();

        Api.Response refused = coordinator().post("/cases/" + caseId + "/actions", transport.formatted(
                party("INFORMAL_HELPER", VOLUNTEER), today().plusDays(7), ""));

        assertStatus(refused, 409);
        assertThat(refused.json().get("type").asText()).endsWith("volunteer-limits-exceeded");
        assertThat(refused.json().get("detail").asText()).contains("task-not-agreed");
        assertThat(storedEvents()).isEqualTo(before);

        Api.Response overridden = coordinator().post("/cases/" + caseId + "/actions", transport.formatted(
                party("INFORMAL_HELPER", VOLUNTEER), today().plusDays(7),
                ", \"limitsOverride\": {\"reason\": \"Geen andere chauffeur beschikbaar deze week.\"}"));
        assertStatus(overridden, 201);
        List<String> stored = jdbc.queryForList("select payloadtype from domainevententry where aggregateidentifier = ?",
                String.class, caseId);
        assertThat(stored).contains("nl.samenspel.cases.VolunteerLimitsOverridden");
        assertThat(jdbc.queryForList("select convert_from(payload, 'UTF8') from domainevententry where "
                + "aggregateidentifier = ?", String.class, caseId)).noneMatch(p -> p.contains("chauffeur"));
    }

    /** Issue 8, item 16: help the volunteer did not agree to is deployed only by the coordinator, with a reason. */
    @Test
    void informalHelpOutsideTheVolunteersAgreementIsRefusedUnlessTheCoordinatorDeploysItWithAReason() {
        String caseId = openCase();
        assertStatus(coordinator().post("/cases/" + caseId + "/informal-option",
                "{\"outcome\": \"INFORMAL_AND_FORMAL_HELP\"}"), 204);
        String meals = """
                {"helper": %s, "mode": "SUPPLEMENTARY", "kind": "PRACTICAL", "duration": "ONE_OFF", "task": "MEALS"%s}""";
        long before = storedEvents();

        Api.Response refused = coordinator().post("/cases/" + caseId + "/informal-help",
                meals.formatted(party("INFORMAL_HELPER", VOLUNTEER), ""));

        assertStatus(refused, 409);
        assertThat(refused.json().get("type").asText()).endsWith("volunteer-limits-exceeded");
        assertThat(refused.json().get("detail").asText()).contains("task-not-agreed");
        assertThat(storedEvents()).isEqualTo(before);

        assertStatus(coordinator().post("/cases/" + caseId + "/informal-help", meals.formatted(
                party("INFORMAL_HELPER", VOLUNTEER),
                ", \"limitsOverride\": {\"reason\": \"Eenmalig, de buurvrouw is ziek.\"}")), 201);
        assertThat(jdbc.queryForList("select payloadtype from domainevententry where aggregateidentifier = ?",
                String.class, caseId)).contains(VolunteerLimitsOverridden.class.getName());
        assertThat(jdbc.queryForList("select convert_from(payload, 'UTF8') from domainevententry where "
                + "aggregateidentifier = ?", String.class, caseId)).noneMatch(p -> p.contains("buurvrouw"));
    }

    /** Issue 8, item 16: aftercare past the volunteer's agreement is given only by the coordinator, with a reason. */
    @Test
    void aftercarePastTheVolunteersAgreementIsRefusedUnlessTheCoordinatorGivesItWithAReason() {
        String caseId = openCase();
        String aftercare = "{\"helper\": %s, \"reviewOn\": \"%s\"%s}";
        // The agreement ends a year from now.
        LocalDate pastTheEnd = today().plusYears(1).plusMonths(1);
        long before = storedEvents();

        Api.Response refused = coordinator().post("/cases/" + caseId + "/aftercare",
                aftercare.formatted(party("INFORMAL_HELPER", VOLUNTEER), pastTheEnd, ""));

        assertStatus(refused, 409);
        assertThat(refused.json().get("type").asText()).endsWith("volunteer-limits-exceeded");
        assertThat(refused.json().get("detail").asText()).contains("after-agreement-ends");
        assertThat(storedEvents()).isEqualTo(before);

        assertStatus(coordinator().post("/cases/" + caseId + "/aftercare", aftercare.formatted(
                party("INFORMAL_HELPER", VOLUNTEER), pastTheEnd,
                ", \"limitsOverride\": {\"reason\": \"De verlenging van haar afspraak is onderweg.\"}")), 204);
        assertThat(jdbc.queryForList("select payloadtype from domainevententry where aggregateidentifier = ?",
                String.class, caseId)).contains(VolunteerLimitsOverridden.class.getName());
    }

    /** Issue 8, item 16: a task done, or of a closed case, keeps no personal data in the volunteer's list. */
    @Test
    void aFinishedTaskAndATaskOfAClosedCaseShowNoPersonalData() {
        String caseId = openCase();
        String done = coordinator().post("/cases/" + caseId + "/actions", """
                {"description": "%s", "owner": %s, "dueOn": "%s", "task": "COMPANIONSHIP"}"""
                .formatted(TASK, party("INFORMAL_HELPER", VOLUNTEER), today().plusDays(7))).json().get("actionId").asText();
        String open = coordinator().post("/cases/" + caseId + "/actions", """
                {"description": "%s", "owner": %s, "dueOn": "%s", "task": "COMPANIONSHIP"}"""
                .formatted(TASK, party("INFORMAL_HELPER", VOLUNTEER), today().plusDays(7))).json().get("actionId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> volunteer().get("/cases/my-tasks").json(),
                list -> list.findValuesAsText("actionId").containsAll(List.of(done, open)));

        assertStatus(volunteer().post("/cases/" + caseId + "/actions/" + done + "/progress",
                "{\"status\": \"DONE\"}"), 204);
        JsonNode afterDone = await().atMost(Duration.ofSeconds(30)).until(() -> volunteer().get("/cases/my-tasks")
                .json(), list -> stream(list).anyMatch(t -> t.get("actionId").asText().equals(done)
                        && t.get("status").asText().equals("DONE")));
        JsonNode finished = stream(afterDone).filter(t -> t.get("actionId").asText().equals(done)).findFirst()
                .orElseThrow();
        assertThat(finished.path("client").isMissingNode() || finished.get("client").isNull()).isTrue();
        assertThat(finished.path("description").isMissingNode() || finished.get("description").isNull()).isTrue();
        assertThat(finished.get("withheld").asText()).isEqualTo("finished");
        JsonNode stillOpen = stream(afterDone).filter(t -> t.get("actionId").asText().equals(open)).findFirst()
                .orElseThrow();
        assertThat(stillOpen.get("client").get("name").asText()).isEqualTo(NAME);

        assertStatus(coordinator().post("/cases/" + caseId + "/closure", "{\"reason\": \"OTHER\", "
                + "\"outcome\": \"UNKNOWN\", \"followUpReviewOn\": \"%s\"}".formatted(today().plusDays(30))), 204);
        List<JsonNode> ofClosedCase = await().atMost(Duration.ofSeconds(30)).until(() -> stream(volunteer()
                .get("/cases/my-tasks").json()).filter(t -> t.get("caseId").asText().equals(caseId)).toList(),
                tasks -> tasks.size() == 2 && tasks.stream().allMatch(t -> "finished".equals(t.path("withheld")
                        .asText())));
        assertThat(ofClosedCase.toString()).doesNotContain(NAME).doesNotContain("Zeedijkstraat").doesNotContain("koffie");
    }

    @Test
    void aftercareStartedAgainMovesItsReviewAndOnlyTheNewDateIsWatched() {
        String caseId = openCase();
        String base = "/cases/" + caseId;
        String deadlineId = "aftercare-review:" + caseId;
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        assertStatus(coordinator().post(base + "/aftercare", "{\"helper\": %s, \"reviewOn\": \"%s\"}"
                .formatted(party("INFORMAL_HELPER", VOLUNTEER), today().plusMonths(2))), 204);
        String first = awaitScheduledTask("deadlineId", deadlineId);
        assertThat(scheduledAt(first)).isEqualTo(today().plusMonths(2).atStartOfDay(amsterdam).toInstant());

        assertStatus(coordinator().post(base + "/aftercare", "{\"helper\": %s, \"reviewOn\": \"%s\"}"
                .formatted(party("INFORMAL_HELPER", VOLUNTEER), today().plusMonths(3))), 204);

        awaitStoredEvents(deadlineId, DeadlineScheduled.class, DeadlineScheduled.class);
        Instant moved = today().plusMonths(3).atStartOfDay(amsterdam).toInstant();
        String second = await().atMost(Duration.ofSeconds(30)).until(
                () -> awaitScheduledTask("deadlineId", deadlineId), task -> scheduledAt(task).equals(moved));
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_instance in (?, ?)",
                Long.class, first, second)).as("the first review date is no longer watched").isEqualTo(1);
    }

    @Test
    void aVolunteerWhoseLoginIsLinkedToNobodyHasNoTasksAndUpdatesNone() {
        String caseId = openCase();
        String task = coordinator().post("/cases/" + caseId + "/actions", """
                {"description": "%s", "owner": %s, "dueOn": "%s", "task": "COMPANIONSHIP"}"""
                .formatted(TASK, party("INFORMAL_HELPER", VOLUNTEER), today().plusDays(7))).json().get("actionId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> volunteer().get("/cases/my-tasks").json()
                .findValuesAsText("actionId").contains(task));
        // Signing in with the person id itself, as if it were the login, makes nobody that person.
        Api impostor = api().as(TestInfrastructure.token(VOLUNTEER, VOLUNTEERS, Roles.VOLUNTEER));
        long before = storedEvents();

        Api.Response tasks = impostor.get("/cases/my-tasks");
        Api.Response progress = impostor.post("/cases/" + caseId + "/actions/" + task + "/progress",
                "{\"status\": \"DONE\"}");

        assertStatus(tasks, 200);
        assertThat(tasks.json()).isEmpty();
        assertStatus(progress, 403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theTeamAndTheCoordinatorSeeTheCaseAndNobodyElse() {
        String caseId = openCase();
        assertStatus(coordinator().post("/cases/" + caseId + "/team",
                "{\"party\": " + party("ORGANISATION", GGZ) + "}"), 204);

        JsonNode asGgz = awaitCase(professional(GGZ), caseId, c -> true);
        assertThat(asGgz.get("clients").get(0).get("name").asText()).isEqualTo(NAME);
        await().atMost(Duration.ofSeconds(30)).until(() -> professional(GGZ).get("/cases").json()
                .findValuesAsText("caseId").contains(caseId));
        assertThat(coordinator().get("/cases").json().findValuesAsText("caseId")).contains(caseId);
        assertThat(professional(GGZ).get("/cases").body()).doesNotContain(NAME);

        assertStatus(professional(CHURCH).get("/cases/" + caseId), 404);
        assertThat(professional(CHURCH).get("/cases").json().findValuesAsText("caseId")).doesNotContain(caseId);
        assertStatus(api().as(TestInfrastructure.token("c2", "welzijn-elders", Roles.NETWORK_COORDINATOR))
                .get("/cases/" + caseId), 404);
        for (String role : List.of(Roles.MUNICIPALITY_ANALYST, Roles.PRIVACY_OFFICER, Roles.CITIZEN)) {
            assertStatus(api().as(TestInfrastructure.token("x", "gemeente-zuiderhaven", role)).get("/cases/" + caseId),
                    403);
            assertStatus(api().as(TestInfrastructure.token("x", "gemeente-zuiderhaven", role)).get("/cases"), 403);
        }
    }

    @Test
    void anOuterRingPartnerSeesTheCaseOnlyOnceDeployedOnIt() {
        String caseId = openCase();
        assertStatus(professional(CHURCH).get("/cases/" + caseId), 404);

        assertStatus(coordinator().post("/cases/" + caseId + "/team",
                "{\"party\": " + party("ORGANISATION", CHURCH) + "}"), 204);

        assertThat(awaitCase(professional(CHURCH), caseId, c -> true).get("caseId").asText()).isEqualTo(caseId);
    }

    @Test
    void refusedActorsStoreNothing() {
        String caseId = openCase();
        long before = storedEvents();

        Api.Response noCovenant = coordinator().post("/cases/" + caseId + "/team",
                "{\"party\": " + party("ORGANISATION", POLICE) + "}");
        assertStatus(noCovenant, 409);
        assertThat(noCovenant.json().get("type").asText()).endsWith("no-covenant");
        assertStatus(professional(GGZ).post("/cases/" + caseId + "/plan/goals", "{\"goal\": \"Doel\"}"), 403);
        assertStatus(professional(GGZ).post("/cases/" + caseId + "/team",
                "{\"party\": " + party("ORGANISATION", GGZ) + "}"), 403);
        assertStatus(api().as(TestInfrastructure.token("c2", "welzijn-elders", Roles.NETWORK_COORDINATOR))
                .post("/cases", openJson("INFORMED_CONSENT", BSN)), 403);
        assertStatus(api().as(TestInfrastructure.token("c2", "welzijn-elders", Roles.NETWORK_COORDINATOR))
                .post("/cases/" + caseId + "/closure", "{\"reason\": \"OTHER\", \"outcome\": \"UNKNOWN\", "
                        + "\"followUpReviewOn\": \"%s\"}".formatted(today().plusDays(30))), 403);
        assertStatus(professional(GGZ).post("/cases", openJson("INFORMED_CONSENT", BSN)), 403);

        assertThat(storedEvents()).isEqualTo(before);
    }

    /** Issue 8, item 6: a team member works on the case, it does not run it. */
    @Test
    void aTeamMemberOfAnotherOrganisationDoesNotRunTheCase() {
        String caseId = openCase();
        assertStatus(coordinator().post("/cases/" + caseId + "/team",
                "{\"party\": " + party("ORGANISATION", GGZ) + "}"), 204);
        String conferenceId = UUID.randomUUID().toString();
        assertStatus(coordinator().post("/cases/" + caseId + "/conference-tablings",
                "{\"conferenceId\": \"%s\", \"conferenceOn\": \"%s\"}".formatted(conferenceId, today())), 204);
        awaitCase(professional(GGZ), caseId, c -> true);
        long before = storedEvents();

        String followUp = today().plusDays(30).toString();
        assertStatus(professional(GGZ).post("/cases/" + caseId + "/closure", "{\"reason\": \"OTHER\", "
                + "\"outcome\": \"UNKNOWN\", \"followUpReviewOn\": \"%s\"}".formatted(followUp)), 403);
        assertStatus(professional(GGZ).post("/cases/" + caseId + "/analyses",
                "{\"conferenceId\": \"%s\", \"analysis\": \"Analyse\"}".formatted(conferenceId)), 403);
        assertStatus(professional(GGZ).post("/cases/" + caseId + "/informal-help", ("{\"helper\": %s, "
                + "\"mode\": \"SUPPLEMENTARY\", \"kind\": \"BUDDY\", \"duration\": \"LONG_TERM\"}")
                .formatted(party("ORGANISATION", VOLUNTEERS))), 403);
        assertStatus(professional(GGZ).post("/cases/" + caseId + "/aftercare", "{\"helper\": %s, \"reviewOn\": \"%s\"}"
                .formatted(party("ORGANISATION", GGZ), followUp)), 403);
        assertStatus(professional(GGZ).post("/cases/" + caseId + "/actions", "{\"description\": \"Bellen\", "
                + "\"owner\": %s, \"dueOn\": \"%s\"}".formatted(party("ORGANISATION", GGZ), followUp)), 403);
        assertStatus(professional(GGZ).post("/cases/" + caseId + "/informal-option",
                "{\"outcome\": \"FORMAL_HELP\", \"formalHelpReason\": \"SAFETY_RISK\"}"), 403);

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aLegalBasisTheNetworkDoesNotAllowIsAConflictNamingIt() {
        long before = storedEvents();

        Api.Response refused = coordinator().post("/cases", openJson("EXPLICIT_CONSENT", BSN));

        assertStatus(refused, 409);
        assertThat(refused.json().get("type").asText()).endsWith("legal-basis-not-allowed");
        assertThat(refused.json().get("detail").asText()).contains("legalBasis");
        assertThat(storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badOpenings() {
        String good = openJson("INFORMED_CONSENT", BSN);
        return Stream.of(
                Arguments.of("BSN failing the 11-test", openJson("INFORMED_CONSENT", "111222334"), "client.bsn"),
                Arguments.of("BSN of 8 digits", openJson("INFORMED_CONSENT", "11122233"), "client.bsn"),
                Arguments.of("date of birth in the future", good.replace("1948-02-29", "2999-01-01"),
                        "client.dateOfBirth"),
                Arguments.of("postcode without house number", good.replace("\"houseNumber\": \"41\"",
                        "\"houseNumber\": null"), "familyMembers[0].houseNumber"),
                Arguments.of("bad postcode", good.replace("1234 AB", "12345"), "familyMembers[0].postcode"),
                Arguments.of("unknown problem domain", good.replace("LONELINESS", "WEATHER"), "problemDomains[1]"),
                Arguments.of("no problem domain", good.replace("\"SELF_NEGLECT\", \"LONELINESS\"", ""),
                        "problemDomains"),
                Arguments.of("unknown legal basis", good.replace("INFORMED_CONSENT", "GUT_FEELING"), "legalBasis"),
                Arguments.of("name with a control character", good.replace(NAME, "Jo\\u0007hanna"), "client.name"),
                Arguments.of("oversized name", good.replace(NAME, "J".repeat(5000)), "client.name"),
                Arguments.of("malformed signal id", good.replace("\"clientKnownToServices\"",
                        "\"signalId\": \"signal-1\", \"clientKnownToServices\""), "signalId"),
                Arguments.of("missing client", good.substring(0, good.indexOf(",\n \"client\"")) + "}", "client"),
                Arguments.of("misspelt field", good.replace("\"acute\"", "\"accute\""), "accute"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOpenings")
    void badInputToOpenACaseIsABadRequestNamingTheFieldAndStoresNothing(String label, String body, String field) {
        long before = storedEvents();

        Api.Response response = coordinator().post("/cases", body);

        assertStatus(response, 400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
        assertThat(response.body()).doesNotContain("111222334").doesNotContain("JJJJJJJJ");
        assertThat(storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badCommands() {
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String yesterday = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1).toString();
        return Stream.of(
                Arguments.of("action without owner", "/actions",
                        "{\"description\": \"Bellen\", \"dueOn\": \"%s\"}".formatted(today), "owner"),
                Arguments.of("action due yesterday", "/actions", "{\"description\": \"Bellen\", \"owner\": %s, "
                        .formatted(party("ORGANISATION", GGD)) + "\"dueOn\": \"%s\"}".formatted(yesterday), "dueOn"),
                Arguments.of("action due in the year 9999999", "/actions", "{\"description\": \"Bellen\", "
                        + "\"owner\": %s, \"dueOn\": \"+9999999-01-01\"}".formatted(party("ORGANISATION", GGD)),
                        "dueOn"),
                Arguments.of("action due on a day that is no date", "/actions", "{\"description\": \"Bellen\", "
                        + "\"owner\": %s, \"dueOn\": \"morgen\"}".formatted(party("ORGANISATION", GGD)), "dueOn"),
                Arguments.of("follow-up review in the year 9999999", "/closure", "{\"reason\": \"OTHER\", "
                        + "\"outcome\": \"UNKNOWN\", \"followUpReviewOn\": \"+9999999-01-01\"}", "followUpReviewOn"),
                Arguments.of("aftercare review ten years ahead", "/aftercare", "{\"helper\": %s, \"reviewOn\": \"%s\"}"
                        .formatted(party("ORGANISATION", GGD), LocalDate.now().plusYears(10)), "reviewOn"),
                Arguments.of("next plan review in the year 9999999", "/plan/reviews",
                        "{\"outcome\": \"IMPROVED\", \"nextReviewOn\": \"+9999999-01-01\"}", "nextReviewOn"),
                Arguments.of("owner that is no organisation id", "/actions", "{\"description\": \"Bellen\", "
                        + "\"owner\": {\"kind\": \"ORGANISATION\", \"id\": \"Not An Org\"}, \"dueOn\": \"%s\"}"
                        .formatted(today), "owner.id"),
                Arguments.of("informal helper named by an organisation id", "/actions", "{\"description\": "
                        + "\"Bellen\", \"owner\": %s, \"dueOn\": \"%s\"}".formatted(party("INFORMAL_HELPER", GGD),
                        today), "owner"),
                Arguments.of("follow-up review on the day of closing", "/closure", "{\"reason\": \"OTHER\", "
                        + "\"outcome\": \"UNKNOWN\", \"followUpReviewOn\": \"%s\"}".formatted(today),
                        "followUpReviewOn"),
                Arguments.of("unknown closure reason", "/closure", "{\"reason\": \"BORED\", \"outcome\": \"UNKNOWN\", "
                        + "\"followUpReviewOn\": \"2099-01-01\"}", "reason"),
                Arguments.of("formal help without a reason", "/informal-option", "{\"outcome\": \"FORMAL_HELP\"}",
                        "formalHelpReason"),
                Arguments.of("aftercare review today", "/aftercare", "{\"helper\": %s, \"reviewOn\": \"%s\"}"
                        .formatted(party("ORGANISATION", GGD), today), "reviewOn"),
                Arguments.of("bilateral handling with one party", "/bilateral-handlings",
                        "{\"firstParty\": %s, \"secondParty\": %s}".formatted(party("ORGANISATION", GGD),
                                party("ORGANISATION", GGD)), "secondParty"),
                Arguments.of("analysis at a conference the case was not tabled at", "/analyses",
                        "{\"conferenceId\": \"%s\", \"analysis\": \"Analyse\"}".formatted(UUID.randomUUID()),
                        "conferenceId"),
                Arguments.of("goal with a control character", "/plan/goals", "{\"goal\": \"Doel\\u0000\"}", "goal"),
                Arguments.of("oversized goal", "/plan/goals", "{\"goal\": \"%s\"}".formatted("x".repeat(4001)), "goal"),
                Arguments.of("progress of an action id that is no id", "/actions/action-1/progress",
                        "{\"status\": \"DONE\"}", "actionId"),
                Arguments.of("progress with an unknown status", "/actions/%s/progress".formatted(UUID.randomUUID()),
                        "{\"status\": \"HALF_DONE\"}", "status"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommands")
    void badInputToACaseCommandIsABadRequestAndStoresNothing(String label, String path, String body, String field) {
        String caseId = openCase();
        long before = storedEvents();

        Api.Response response = coordinator().post("/cases/" + caseId + path, body);

        assertStatus(response, 400);
        assertThat(response.json().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-case", "1234", "00000000-0000-0000-0000-00000000000g"})
    void aMalformedCaseIdIsABadRequest(String caseId) {
        Api.Response response = coordinator().post("/cases/" + caseId + "/follow-up-review",
                "{\"outcome\": \"STABLE\"}");

        assertStatus(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("caseId");
        assertStatus(coordinator().get("/cases/" + caseId), 400);
    }

    @Test
    void anUnknownCaseIsNotFound() {
        long before = storedEvents();
        String unknown = UUID.randomUUID().toString();

        assertStatus(coordinator().post("/cases/" + unknown + "/plan/goals", "{\"goal\": \"Doel\"}"), 404);
        assertStatus(coordinator().get("/cases/" + unknown), 404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
