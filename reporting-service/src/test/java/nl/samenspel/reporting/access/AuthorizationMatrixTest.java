package nl.samenspel.reporting.access;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.Topics;
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
 * reporting-service's every operation × role × scope against {@code authorization-matrix.csv}. Own scope: the
 * caller's organisation coordinates the network reported on; other scope: it does not.
 */
class AuthorizationMatrixTest extends ServiceIntegrationTest {

    private static final String COORDINATING = "ggd-matrix";
    private static final String ELSEWHERE = "welzijn-elders";

    @Test
    void everyRoleGetsWhatTheTableSays() {
        String network = "wijk-matrix-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, new NetworkRegisteredV1(network,
                "Wijknetwerk matrix", NetworkType.NEIGHBOURHOOD, "GM9901", COORDINATING, Instant.now()));
        String analyst = TestInfrastructure.token("analist-matrix", "gemeente-zuiderhaven", Roles.MUNICIPALITY_ANALYST);
        await().atMost(Duration.ofSeconds(60)).until(() -> api().as(analyst)
                .get("/reports/network-composition?networkId=" + network).body().contains(network));

        AuthorizationMatrix.of("reporting-service")
                .run(port, this::storedEvents, cell -> request(cell, network))
                .assertAsExpected();
    }

    private static MatrixRequest request(Cell cell, String network) {
        String organisation = cell.scope() == Scope.OWN ? COORDINATING : ELSEWHERE;
        String token = cell.isAnonymous() ? null
                : TestInfrastructure.token(cell.role() + "-" + cell.scope().label(), organisation, cell.role());
        return switch (cell.operation().toString()) {
            case "GET /reports/signals-per-network" -> MatrixRequest.of("/reports/signals-per-network", token);
            case "GET /reports/network-composition" ->
                    MatrixRequest.of("/reports/network-composition?networkId=" + network, token);
            case "GET /reports/casework" -> MatrixRequest.of("/reports/casework?networkId=" + network, token);
            default -> throw new IllegalArgumentException("no request for " + cell.operation());
        };
    }
}
