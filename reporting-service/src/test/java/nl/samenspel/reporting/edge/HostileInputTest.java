package nl.samenspel.reporting.edge;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.ServiceIntegrationTest;
import nl.samenspel.testsupport.TestInfrastructure;
import nl.samenspel.testsupport.hostile.Credential;
import nl.samenspel.testsupport.hostile.EventProcessors;
import nl.samenspel.testsupport.hostile.HostileRun;
import nl.samenspel.testsupport.hostile.IdPool;
import nl.samenspel.testsupport.hostile.StateProbe;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 C18: at least 10,000 requests generated from reporting-service's committed OpenAPI description, with real
 * tokens of every role, aimed at two networks coordinated by different organisations: no 5xx, every error
 * problem+json without the input in it, and nothing stored (reporting-service only projects other services' facts).
 */
class HostileInputTest extends ServiceIntegrationTest {

    @Test
    void hostileRequestsAreRefusedWithProblemsAndChangeNothing() {
        IdPool ids = new IdPool();
        String analyst = TestInfrastructure.token("analist-hostile", "gemeente-zuiderhaven", Roles.MUNICIPALITY_ANALYST);
        for (String name : List.of("a", "b")) {
            String network = "wijk-hostile-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
            String coordinating = "ggd-hostile-" + name;
            KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, new NetworkRegisteredV1(network,
                    "Wijknetwerk " + name, NetworkType.NEIGHBOURHOOD, "GM9901", coordinating, Instant.now()));
            ids.add("networkId", network, coordinating);
            await().atMost(Duration.ofSeconds(60)).until(() -> api().as(analyst)
                    .get("/reports/network-composition?networkId=" + network).body().contains(network));
        }
        List<Credential> credentials = List.of(
                Credential.of(Roles.NETWORK_COORDINATOR, "ggd-hostile-a"),
                Credential.of(Roles.NETWORK_COORDINATOR, "ggd-hostile-b"),
                Credential.of(Roles.MUNICIPALITY_ANALYST, "gemeente-zuiderhaven"),
                Credential.of(Roles.PROFESSIONAL, "ggd-hostile-a"),
                Credential.of(Roles.PARTNER_SYSTEM, "ggd-hostile-b"),
                Credential.of(Roles.PRIVACY_OFFICER, "ggd-hostile-a"),
                Credential.of(Roles.VOLUNTEER, "ggd-hostile-b"),
                Credential.of(Roles.CITIZEN, null),
                Credential.of(Roles.PLATFORM_OPERATOR, "hosting"));

        HostileRun.HostileReport report = HostileRun.against("reporting-service", port, Path.of("openapi.yaml"), ids,
                credentials, Credential.refused("ggd-hostile-a", Roles.MUNICIPALITY_ANALYST), StateProbe.rowCounts(jdbc,
                        "reported_network", "signals_per_network", "casework_count", "composition_organisation",
                        "composition_membership", "composition_agreement", "deadletterentry")).run();

        report.assertHeld();
        EventProcessors.assertNoneFailing(processing);
        assertNoParkedLetters();
    }
}
