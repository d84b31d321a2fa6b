package nl.samenspel.consent.access;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
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
import nl.samenspel.testsupport.matrix.AuthorizationMatrix;
import nl.samenspel.testsupport.matrix.Cell;
import nl.samenspel.testsupport.matrix.MatrixRequest;
import nl.samenspel.testsupport.matrix.Scope;
import org.junit.jupiter.api.Test;

/**
 * consent-service's every operation × role × scope against {@code authorization-matrix.csv}. Own scope: the caller's
 * organisation is a core member of the network it asks about, and asks about itself; other scope: the caller's
 * organisation has no part in the network, and asks about a member.
 */
class AuthorizationMatrixTest extends ServiceIntegrationTest {

    private static final String MEMBER = "ggz-matrix";
    private static final String OUTSIDER = "corporatie-buiten";

    @Test
    void everyRoleGetsWhatTheTableSays() {
        String network = "oggz-matrix-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, new NetworkRegisteredV1(network,
                "OGGZ-netwerk matrix", NetworkType.OGGZ, "GM9901", "ggd-zuiderhaven", Instant.now()));
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS,
                new MemberJoinedV1(network, MEMBER, Ring.CORE, Instant.now()));
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, new CovenantSignedV1(network, MEMBER,
                UUID.randomUUID().toString(), SignatoryLevel.BOARD, Instant.now()));
        String privacyOfficer = TestInfrastructure.token("privacy-matrix", MEMBER, Roles.PRIVACY_OFFICER);
        await().atMost(Duration.ofSeconds(60)).until(() -> api().as(privacyOfficer)
                .get("/access-decisions?networkId=" + network + "&organisationId=" + MEMBER).json()
                .path("permitted").asBoolean());

        AuthorizationMatrix.of("consent-service")
                .run(port, this::storedEvents, cell -> request(cell, network))
                .assertAsExpected();
    }

    private static MatrixRequest request(Cell cell, String network) {
        String organisation = cell.scope() == Scope.OWN ? MEMBER : OUTSIDER;
        String token = cell.isAnonymous() ? null
                : TestInfrastructure.token(cell.role() + "-" + cell.scope().label(), organisation, cell.role());
        return switch (cell.operation().toString()) {
            case "GET /access-decisions" -> MatrixRequest.of(
                    "/access-decisions?networkId=" + network + "&organisationId=" + MEMBER, token);
            default -> throw new IllegalArgumentException("no request for " + cell.operation());
        };
    }
}
