package nl.samenspel.cases;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.ServiceIntegrationTest;

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

    protected static String signalJson(String networkId, String role, String concern, boolean anonymous) {
        return """
                {"networkId": "%s", "signallerRole": "%s", "concern": "%s", "anonymous": %s}"""
                .formatted(networkId, role, concern, anonymous);
    }
}
