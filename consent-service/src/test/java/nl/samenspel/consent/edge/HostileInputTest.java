package nl.samenspel.consent.edge;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.partners.CovenantSignedV1;
import nl.samenspel.contracts.partners.MemberJoinedV1;
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
 * Issue 8 C18: at least 10,000 requests generated from consent-service's committed OpenAPI description, with real
 * tokens of every role of two networks' members, aimed at both networks' real members: no 5xx, every error
 * problem+json without the input in it, and nothing stored (consent-service only reads partner facts).
 */
class HostileInputTest extends ServiceIntegrationTest {

    @Test
    void hostileRequestsAreRefusedWithProblemsAndChangeNothing() {
        IdPool ids = new IdPool();
        String lastMember = null;
        for (String name : List.of("a", "b")) {
            String network = "oggz-hostile-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
            String member = "ggz-hostile-" + name;
            KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, new NetworkRegisteredV1(network,
                    "OGGZ-netwerk " + name, NetworkType.OGGZ, "GM9901", "ggd-hostile-" + name, Instant.now()));
            KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS,
                    new MemberJoinedV1(network, member, Ring.CORE, Instant.now()));
            KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, new CovenantSignedV1(network, member,
                    UUID.randomUUID().toString(), SignatoryLevel.BOARD, Instant.now()));
            ids.add("networkId", network, "ggd-hostile-" + name).add("organisationId", member, member)
                    .add("personId", UUID.randomUUID().toString(), member);
            lastMember = member;
            String privacyOfficer = TestInfrastructure.token("privacy-hostile", member, Roles.PRIVACY_OFFICER);
            await().atMost(Duration.ofSeconds(60)).until(() -> api().as(privacyOfficer)
                    .get("/access-decisions?networkId=" + network + "&organisationId=" + member).json()
                    .path("permitted").asBoolean());
        }
        List<Credential> credentials = List.of(
                Credential.of(Roles.NETWORK_COORDINATOR, "ggd-hostile-a"),
                Credential.of(Roles.PROFESSIONAL, "ggz-hostile-a"),
                Credential.of(Roles.PARTNER_SYSTEM, "ggz-hostile-b"),
                Credential.of(Roles.PRIVACY_OFFICER, "ggz-hostile-b"),
                Credential.of(Roles.VOLUNTEER, "ggz-hostile-a"),
                Credential.of(Roles.CITIZEN, null),
                Credential.of(Roles.MUNICIPALITY_ANALYST, "gemeente-zuiderhaven"),
                Credential.of(Roles.PLATFORM_OPERATOR, "hosting"));

        HostileRun.HostileReport report = HostileRun.against("consent-service", port, Path.of("openapi.yaml"), ids,
                credentials, Credential.refused(lastMember, Roles.PRIVACY_OFFICER), StateProbe.rowCounts(jdbc,
                        "partner_network", "partner_organisation", "partner_membership", "partner_covenant",
                        "partner_person", "deadletterentry")).run();

        report.assertHeld();
        EventProcessors.assertNoneFailing(processing);
        assertNoParkedLetters();
    }
}
