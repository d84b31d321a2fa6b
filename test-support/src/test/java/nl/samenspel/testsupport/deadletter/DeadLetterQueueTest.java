package nl.samenspel.testsupport.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.ServiceIntegrationTest;
import nl.samenspel.testsupport.TestInfrastructure;
import nl.samenspel.testsupport.deadletter.Meter.RecordReading;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8, B8: one event its projection cannot apply must not stop the projection for everyone. On real
 * PostgreSQL, through the real HTTP endpoints with real tokens.
 */
class DeadLetterQueueTest extends ServiceIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate FAR_FUTURE = LocalDate.of(9_999_999, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    CommandGateway commands;

    private final String operator = TestInfrastructure.token("operator.olga", null, Roles.PLATFORM_OPERATOR);

    @BeforeEach
    void projectionIsRunningUnfixed() {
        ReadingView.fixed = false;
        await().atMost(Duration.ofSeconds(30)).until(() -> processing
                .eventProcessor(ReadingView.GROUP, StreamingEventProcessor.class)
                .map(p -> p.isRunning() && !p.processingStatus().isEmpty())
                .orElse(false));
    }

    @AfterEach
    void nothingLeftParked() {
        ReadingView.fixed = true;
        operator().delete("/actuator/deadletters/" + ReadingView.GROUP);
    }

    @Test
    void aPoisonedMeterIsParkedWhileOtherMetersReachTheReadModel() {
        UUID poisoned = UUID.randomUUID();
        UUID poisonReading = record(poisoned, FAR_FUTURE);
        UUID laterReadingOfPoisoned = record(poisoned, TODAY);
        UUID healthyReading = record(UUID.randomUUID(), TODAY);

        await().atMost(PATIENCE).until(() -> stored(healthyReading));
        await().atMost(PATIENCE).until(() -> parkedInGroup() == 2);

        assertThat(stored(poisonReading)).isFalse();
        assertThat(stored(laterReadingOfPoisoned)).as("kept behind the parked event of its meter").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from probe_reading_log where reading_id = ?", Long.class,
                poisonReading)).as("the failed handler's first statement was rolled back").isZero();

        JsonNode group = json(operator().get("/actuator/deadletters/" + ReadingView.GROUP));
        assertThat(group.path("parked").asLong()).isEqualTo(2);
        assertThat(group.path("sequences").asLong()).isEqualTo(1);
        JsonNode first = group.path("letters").get(0);
        assertThat(first.path("sequence").asText()).isEqualTo(poisoned.toString());
        assertThat(first.path("eventType").asText()).isEqualTo("ReadingRecorded");
        assertThat(first.path("causeType").asText()).startsWith("org.springframework.");
        assertThat(first.path("enqueuedAt").asText()).isNotBlank();
        assertThat(group.toString()).as("no payload in the listing").doesNotContain("9999999")
                .doesNotContain(poisonReading.toString());
    }

    @Test
    void metricAndHealthShowTheParkedLettersAndTheServiceStaysUp() {
        UUID poisoned = UUID.randomUUID();
        record(poisoned, FAR_FUTURE);
        await().atMost(PATIENCE).until(() -> parkedInGroup() == 1);
        assertThatThrownBy(this::assertNoParkedLetters).hasMessageContaining(ReadingView.GROUP + ": ReadingRecorded of "
                + poisoned + " failed with org.springframework.dao.");

        assertThat(gauge(ReadingView.GROUP)).isEqualTo(1.0);
        JsonNode health = json(operator().get("/actuator/health"));
        assertThat(health.path("status").asText()).isEqualTo("UP");
        JsonNode deadLetters = health.path("components").path("deadLetters");
        assertThat(deadLetters.path("status").asText()).isEqualTo("UP");
        assertThat(deadLetters.path("details").path("groups").path(ReadingView.GROUP).asLong()).isEqualTo(1);
        assertThat(deadLetters.path("details").path("parked").asLong()).isEqualTo(1);
        assertThat(json(management().get("/actuator/health/readiness")).path("status").asText()).isEqualTo("UP");
        assertThat(management().get("/actuator/health").body()).as("details only for operators")
                .doesNotContain("deadLetters");
    }

    @Test
    void retryAfterTheFixAppliesTheParkedEventsInOrderAndEmptiesTheQueue() {
        UUID poisoned = UUID.randomUUID();
        UUID poisonReading = record(poisoned, FAR_FUTURE);
        UUID laterReading = record(poisoned, TODAY);
        await().atMost(PATIENCE).until(() -> parkedInGroup() == 2);

        JsonNode stillBroken = json(operator().post("/actuator/deadletters/" + ReadingView.GROUP, ""));
        assertThat(stillBroken.path("sequencesRetried").asInt()).isEqualTo(1);
        assertThat(stillBroken.path("sequencesCleared").asInt()).isZero();
        assertThat(parkedInGroup()).as("a retry that fails again keeps the letters").isEqualTo(2);

        ReadingView.fixed = true;
        JsonNode retried = json(operator().post("/actuator/deadletters/" + ReadingView.GROUP, ""));

        assertThat(retried.path("sequencesCleared").asInt()).isEqualTo(1);
        assertThat(retried.path("stillParked").asLong()).isZero();
        assertThat(parkedInGroup()).isZero();
        assertNoParkedLetters();
        assertThat(gauge(ReadingView.GROUP)).isZero();
        assertThat(jdbc.queryForList("select read_on from probe_reading where reading_id = ?", poisonReading))
                .singleElement().satisfies(row -> assertThat(row.get("read_on")).isNull());
        assertThat(stored(laterReading)).isTrue();

        UUID afterwards = record(poisoned, TODAY);
        await().atMost(PATIENCE).until(() -> stored(afterwards));
    }

    @Test
    void evictRemovesOneMetersLettersOrAllOfTheGroup() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID firstReading = record(first, FAR_FUTURE);
        record(second, FAR_FUTURE);
        await().atMost(PATIENCE).until(() -> parkedInGroup() == 2);

        JsonNode oneSequence = json(operator().delete("/actuator/deadletters/" + ReadingView.GROUP + "/" + first));
        assertThat(oneSequence.path("evicted").asLong()).isEqualTo(1);
        assertThat(parkedInGroup()).isEqualTo(1);

        JsonNode wholeGroup = json(operator().delete("/actuator/deadletters/" + ReadingView.GROUP));
        assertThat(wholeGroup.path("evicted").asLong()).isEqualTo(1);
        assertThat(parkedInGroup()).isZero();
        assertThat(stored(firstReading)).as("evicted, not applied").isFalse();

        UUID next = record(first, TODAY);
        await().atMost(PATIENCE).until(() -> stored(next));
    }

    @Test
    void onlyAPlatformOperatorMayUseTheEndpoint() {
        String coordinator = TestInfrastructure.token("coordinator.cor", "wijknetwerk-noord", Roles.NETWORK_COORDINATOR,
                Roles.PRIVACY_OFFICER);
        for (Api.Response refused : List.of(
                management().as(coordinator).get("/actuator/deadletters"),
                management().as(coordinator).post("/actuator/deadletters/" + ReadingView.GROUP, ""),
                management().as(coordinator).delete("/actuator/deadletters/" + ReadingView.GROUP))) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        Api.Response anonymous = management().get("/actuator/deadletters");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        Api.Response listed = operator().get("/actuator/deadletters");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(json(listed).path("groups").findValuesAsText("group")).contains(ReadingView.GROUP);
    }

    @Test
    void anUnknownGroupIsNotFound() {
        Api.Response unknown = operator().post("/actuator/deadletters/no-such-group", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(json(unknown, 404).path("detail").asText()).doesNotContain("no-such-group");
    }

    private UUID record(UUID meter, LocalDate readOn) {
        UUID reading = UUID.randomUUID();
        commands.sendAndWait(new RecordReading(meter, reading, readOn));
        return reading;
    }

    private boolean stored(UUID reading) {
        return jdbc.queryForObject("select count(*) from probe_reading where reading_id = ?", Long.class, reading) > 0;
    }

    private long parkedInGroup() {
        return json(operator().get("/actuator/deadletters/" + ReadingView.GROUP)).path("parked").asLong();
    }

    private double gauge(String group) {
        String scrape = operator().get("/actuator/prometheus").body();
        Matcher sample = Pattern.compile("^samenspel_deadletters_parked\\{[^}]*group=\"" + Pattern.quote(group)
                + "\"[^}]*} (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        assertThat(sample.find()).as("gauge for %s in the scrape", group).isTrue();
        return Double.parseDouble(sample.group(1));
    }

    private Api operator() {
        return management().as(operator);
    }

    private static JsonNode json(Api.Response response) {
        return json(response, 200);
    }

    private static JsonNode json(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
