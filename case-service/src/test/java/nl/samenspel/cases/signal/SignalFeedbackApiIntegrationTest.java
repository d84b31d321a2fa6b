package nl.samenspel.cases.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.samenspel.cases.CaseServiceIntegrationTest;
import nl.samenspel.contracts.Topics;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Feedback owed to the signaller, over HTTP with real tokens, and the feedback deadline in the running service. */
class SignalFeedbackApiIntegrationTest extends CaseServiceIntegrationTest {

    private static final String COORDINATOR_ORGANISATION = "ggd-zuiderhaven";

    @Autowired
    private DeadlineManager deadlineManager;

    private static String coordinator() {
        return TestInfrastructure.token("coordinator-" + UUID.randomUUID(), COORDINATOR_ORGANISATION,
                Roles.NETWORK_COORDINATOR);
    }

    private static String volunteer(String subject) {
        return TestInfrastructure.token(subject, "vrijwilligers-zuiderhaven", Roles.VOLUNTEER);
    }

    private String raise(String token, String network, String concern, boolean anonymous) {
        Api.Response response = api().as(token).post("/signals", signalJson(network, "VOLUNTEER", concern, anonymous));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("signalId").asText();
    }

    private Api.Response feedback(String token, String signalId, String text) {
        return api().as(token).post("/signals/" + signalId + "/feedback", "{\"feedback\": \"" + text + "\"}");
    }

    private static List<JsonNode> items(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        response.json().forEach(items::add);
        return items;
    }

    private static JsonNode find(List<JsonNode> items, String signalId) {
        return items.stream().filter(i -> signalId.equals(i.get("signalId").asText())).findFirst().orElseThrow();
    }

    @Test
    void theConcernIsSealedInTheEventStore() {
        String network = knownNetwork();
        String signalId = raise(volunteer("volunteer-" + UUID.randomUUID()), network,
                "Mevrouw Jansen op nummer 7 eet niet meer.", true);

        byte[] payload = jdbc.queryForObject("select payload from domainevententry where aggregateidentifier = ?",
                byte[].class, signalId);
        assertThat(new String(payload, StandardCharsets.UTF_8)).doesNotContain("Jansen").doesNotContain("eet niet")
                .contains("\"keyId\":\"" + signalId + "\"");
    }

    @Test
    void theCoordinatorGivesFeedbackThatOnlyTheSignallerReads() {
        String network = knownNetwork();
        String signaller = "volunteer-" + UUID.randomUUID();
        String signalId = raise(volunteer(signaller), network, "Buurman is verward.", true);

        Api.Response given = feedback(coordinator(), signalId, "We hebben contact gelegd met de huisarts.");
        assertThat(given.status()).as(given.toString()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode own = find(items(api().as(volunteer(signaller)).get("/signals/mine")), signalId);
            assertThat(own.get("feedback").asText()).isEqualTo("We hebben contact gelegd met de huisarts.");
            assertThat(own.get("feedbackStatus").asText()).isEqualTo("GIVEN");
            assertThat(own.get("concern").asText()).isEqualTo("Buurman is verward.");
        });
        assertThat(items(api().as(volunteer("someone-else-" + UUID.randomUUID())).get("/signals/mine"))).isEmpty();
        ConsumerRecord<String, byte[]> published = record(signalId, "nl.samenspel.case.signal-feedback-recorded");
        assertThat(new String(published.value(), StandardCharsets.UTF_8)).doesNotContain("huisarts");
    }

    @Test
    void aSecondFeedbackIsAConflictAndStoresNothing() {
        String network = knownNetwork();
        String signalId = raise(volunteer("volunteer-" + UUID.randomUUID()), network, "Zorgen.", false);
        assertThat(feedback(coordinator(), signalId, "Opgepakt.").status()).isEqualTo(204);
        long before = storedEvents();

        Api.Response second = feedback(coordinator(), signalId, "Nogmaals.");

        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.json().get("type").asText()).endsWith("feedback-already-recorded");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void onlyTheCoordinatorOfTheSignalsNetworkGivesFeedback() {
        String network = knownNetwork();
        String signalId = raise(volunteer("volunteer-" + UUID.randomUUID()), network, "Zorgen.", false);
        long before = storedEvents();

        Api.Response otherCoordinator = feedback(TestInfrastructure.token("coordinator-x", "welzijn-noord",
                Roles.NETWORK_COORDINATOR), signalId, "Opgepakt.");
        Api.Response professional = feedback(TestInfrastructure.token("pro", COORDINATOR_ORGANISATION,
                Roles.PROFESSIONAL), signalId, "Opgepakt.");

        assertThat(otherCoordinator.status()).isEqualTo(403);
        assertThat(professional.status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badFeedbackIsABadRequestAndUnknownSignalsAreNotFound() {
        String network = knownNetwork();
        String signalId = raise(volunteer("volunteer-" + UUID.randomUUID()), network, "Zorgen.", false);
        long before = storedEvents();

        Api.Response blank = feedback(coordinator(), signalId, " ");
        Api.Response badId = feedback(coordinator(), "not-a-signal", "Opgepakt.");
        Api.Response unknown = feedback(coordinator(), UUID.randomUUID().toString(), "Opgepakt.");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").findValuesAsText("field")).contains("feedback");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("errors").findValuesAsText("field")).contains("signalId");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theCoordinatorListsTheNetworksSignalsByFeedbackStatusWithoutAnonymousSignallers() {
        String network = knownNetwork();
        String anonymous = raise(volunteer("anna-" + UUID.randomUUID()), network, "Anoniem.", true);
        String named = "kees-" + UUID.randomUUID();
        String open = raise(volunteer(named), network, "Met naam.", false);
        String answered = raise(volunteer("piet-" + UUID.randomUUID()), network, "Beantwoord.", false);
        assertThat(feedback(coordinator(), answered, "Opgepakt.").status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> owed = items(api().as(coordinator())
                    .get("/signals?networkId=" + network + "&feedback=owed"));
            assertThat(owed).extracting(i -> i.get("signalId").asText()).containsExactlyInAnyOrder(anonymous, open);
            assertThat(find(owed, anonymous).has("signaller")).isFalse();
            assertThat(find(owed, open).get("signaller").asText()).isEqualTo(named);
            assertThat(find(owed, open).get("concern").asText()).isEqualTo("Met naam.");
            assertThat(items(api().as(coordinator()).get("/signals?networkId=" + network + "&feedback=given")))
                    .extracting(i -> i.get("signalId").asText()).containsExactly(answered);
        });
        assertThat(items(api().as(coordinator()).get("/signals?networkId=" + network + "&feedback=overdue"))).isEmpty();
        assertThat(api().as(TestInfrastructure.token("c", "welzijn-noord", Roles.NETWORK_COORDINATOR))
                .get("/signals?networkId=" + network).status()).isEqualTo(403);
        assertThat(api().as(volunteer("anna")).get("/signals?networkId=" + network).status()).isEqualTo(403);
        assertThat(api().as(coordinator()).get("/signals?networkId=" + network + "&feedback=late").status())
                .isEqualTo(400);
    }

    /**
     * The deadline is a db-scheduler row; moving its execution time to now stands in for ten working days passing,
     * without a test property that would make every other test's signals fall due in the shared service.
     */
    @Test
    void feedbackNotGivenByItsDueMomentBecomesOverdueInTheRunningService() {
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
        String network = knownNetwork();
        String signalId = raise(volunteer("volunteer-" + UUID.randomUUID()), network, "Niemand reageert.", false);
        Instant overdueAt = Instant.parse(eventField(signalId, SignalRaised.class, "feedbackOverdueAt"));

        String task = awaitScheduledTask("signalId", signalId);
        assertThat(scheduledAt(task)).isEqualTo(overdueAt);

        fallDueNow(task);

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from domainevententry where aggregateidentifier = ? and payloadtype = ?", Long.class,
                signalId, SignalFeedbackOverdue.class.getName()) == 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                items(api().as(coordinator()).get("/signals?networkId=" + network + "&feedback=overdue")))
                .extracting(i -> i.get("signalId").asText()).containsExactly(signalId));
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_instance = ?", Long.class,
                task)).isZero();
        assertThat(eventField(signalId, SignalFeedbackOverdue.class, "dueOn"))
                .isEqualTo(eventField(signalId, SignalRaised.class, "feedbackDueOn"));
        assertThat(new String(record(signalId, "nl.samenspel.case.signal-feedback-overdue").value(),
                StandardCharsets.UTF_8)).contains(signalId).doesNotContain("reageert");
    }

    private String eventField(String signalId, Class<?> type, String field) {
        return jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::jsonb ->> ? from domainevententry
                where aggregateidentifier = ? and payloadtype = ?""", String.class, field, signalId, type.getName());
    }

    private static ConsumerRecord<String, byte[]> record(String signalId, String type) {
        return KafkaTopics.readUntil(bootstrapServers(), Topics.CASE_EVENTS, Duration.ofSeconds(60),
                        read -> read.stream().anyMatch(r -> matches(r, signalId, type)))
                .stream().filter(r -> matches(r, signalId, type)).findFirst().orElseThrow();
    }

    private static boolean matches(ConsumerRecord<String, byte[]> record, String signalId, String type) {
        return signalId.equals(record.key()) && type.equals(KafkaTopics.header(record, "ce_type"));
    }
}
