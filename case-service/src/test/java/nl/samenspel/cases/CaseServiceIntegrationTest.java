package nl.samenspel.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** case-service tests' helpers on top of the shared {@link ServiceIntegrationTest} setup. */
public abstract class CaseServiceIntegrationTest extends ServiceIntegrationTest {

    /** Registers a network the way partner-service announces it, and waits until case-service knows it. */
    protected String knownNetwork() {
        String networkId = "oggz-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, new NetworkRegisteredV1(networkId,
                "OGGZ-netwerk test", NetworkType.OGGZ, "GM9901", "ggd-zuiderhaven", Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from partner_network where network_id = ?)", Boolean.class, networkId)));
        return networkId;
    }

    /** The first case event of this CloudEvent type whose data mentions {@code id} (a referral or handover id). */
    protected static ConsumerRecord<String, byte[]> caseEventMentioning(String id, String type) {
        return KafkaTopics.readUntil(bootstrapServers(), Topics.CASE_EVENTS, Duration.ofSeconds(60),
                        read -> read.stream().anyMatch(r -> mentions(r, id, type)))
                .stream().filter(r -> mentions(r, id, type)).findFirst().orElseThrow();
    }

    private static boolean mentions(ConsumerRecord<String, byte[]> record, String id, String type) {
        return type.equals(KafkaTopics.header(record, "ce_type"))
                && new String(record.value(), StandardCharsets.UTF_8).contains(id);
    }

    /** A 400 problem naming {@code field}, echoing none of an oversized value, with no event stored since. */
    protected void assertBadRequestNaming(Api.Response response, String field, long storedBefore) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
        assertThat(response.body()).doesNotContain("xxxxxxxxxx");
        assertThat(storedEvents()).isEqualTo(storedBefore);
    }

    /** The types of the events stored for one aggregate (a deadline's is {@code kind:subject}), in order. */
    protected List<String> storedEventTypes(String aggregateId) {
        return jdbc.queryForList("select payloadtype from domainevententry where aggregateidentifier = ? "
                + "order by sequencenumber", String.class, aggregateId);
    }

    /** Waits until exactly these events are stored for the aggregate, e.g. once a policy's commands are handled. */
    protected void awaitStoredEvents(String aggregateId, Class<?>... types) {
        List<String> expected = Stream.of(types).map(Class::getName).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> storedEventTypes(aggregateId).equals(expected));
    }

    /**
     * The db-scheduler row of the deadline the deadline process scheduled for its saga with this association
     * ({@code signalId} or {@code deadlineId}), once it exists.
     */
    protected String awaitScheduledTask(String associationKey, String associationValue) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.query("""
                select t.task_instance from scheduled_tasks t
                join sagaentry s on t.task_instance = convert_from(s.serializedsaga, 'UTF8')::jsonb ->> 'scheduleId'
                join associationvalueentry a on a.sagaid = s.sagaid
                where a.associationkey = ? and a.associationvalue = ?""",
                (rs, row) -> rs.getString(1), associationKey, associationValue).stream().findFirst().orElse(null),
                task -> task != null);
    }

    protected Instant scheduledAt(String task) {
        return jdbc.queryForObject("select execution_time from scheduled_tasks where task_instance = ?",
                Timestamp.class, task).toInstant();
    }

    /** Stands in for time passing: the deadline falls due now, in the running service. */
    protected void fallDueNow(String task) {
        jdbc.update("update scheduled_tasks set execution_time = now() where task_instance = ?", task);
    }

    protected static String signalJson(String networkId, String role, String concern, boolean anonymous) {
        return """
                {"networkId": "%s", "signallerRole": "%s", "concern": "%s", "anonymous": %s}"""
                .formatted(networkId, role, concern, anonymous);
    }
}
