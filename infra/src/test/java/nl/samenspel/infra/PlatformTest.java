package nl.samenspel.infra;

import nl.samenspel.infra.fake.FakeServiceJars;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole start-up with real PostgreSQL, Kafka and Keycloak and stand-in service jars (the real services are
 * other modules): ports, environment, health waits, demo data once per data directory, and a clean stop.
 * A second start on the same data is the end-to-end module's business; here it would only add a minute.
 */
@Tag("platform")
class PlatformTest {

    /**
     * 14 organisations, 2 networks, 17 people, 13 invitations and as many joins, 9 covenants, a representative and
     * the party it speaks for, 5 undertakings, 4 agreements with 3 trainings and 4 loads, and 7 services.
     */
    private static final int PARTNER_SERVICE_DEMO_CALLS = 93;
    /**
     * 7 signals, then 14 cases, one per stage and network, each with the steps of its stage: open 1; tabled +3
     * (tabling, analysis, action); referred +2 (informal option, referral); referral accepted +1; handed over +2
     * (+1 informal help deployed in the neighbourhood network); in aftercare +3 (goal, review, aftercare); closed +2
     * (closure, feedback to the signaller): 56 in the neighbourhood network and 53 in the OGGZ network.
     */
    private static final int CASE_SERVICE_DEMO_CALLS = 7 + 56 + 53;

    @TempDir
    Path temp;

    @Test
    void startsEverythingLoadsDemoDataOnceAndLeavesNothingRunning() throws Exception {
        Path repo = FakeServiceJars.createRepository(temp.resolve("repo"), Platform.SERVICES);
        Path home = temp.resolve("home");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PlatformConfig config = PlatformConfig.forTests(repo, home).withOut(new PrintStream(output, true, StandardCharsets.UTF_8));
        List<Integer> ports;

        try (Platform platform = Platform.start(config)) {
            ports = List.of(platform.config().postgresPort(), platform.config().kafkaPort(), platform.config().kafkaControllerPort(),
                    platform.config().keycloakPort(), platform.config().partnerPort(), platform.config().casePort(),
                    platform.config().consentPort(), platform.config().reportingPort());
            assertThat(ports).doesNotContain(0).doesNotHaveDuplicates();
            assertThat(platform.demoData()).isEqualTo(new DemoData.Result(false, 14, 2, 17, 4, 7, 7, 14));
            assertThat(home.resolve(DemoData.MARKER_FILE)).exists();
            // case-service started with the key the runner generated for this data directory (FakeService needs one).
            assertThat(home.resolve(VaultMasterKeyFile.FILE_NAME)).exists();

            List<String> partnerCalls = Files.readAllLines(home.resolve("partner-service-requests.log"));
            assertThat(partnerCalls).hasSize(PARTNER_SERVICE_DEMO_CALLS);
            // Networks need their coordinating organisation, memberships their network and people.
            assertThat(partnerCalls.subList(0, 14)).allMatch(call -> call.startsWith("PUT /organisations/"));
            assertThat(partnerCalls.get(14)).startsWith("PUT /networks/oggz-zuiderhaven by ggd-zuiderhaven ")
                    .contains("\"type\":\"OGGZ\"", "\"municipalityCode\":\"GM9901\"");
            assertThat(partnerCalls.get(15)).startsWith("PUT /networks/wijknetwerk-noord by welzijn-zuiderhaven ")
                    .contains("\"type\":\"NEIGHBOURHOOD\"");
            // People are onboarded by the platform operator, a login of no organisation.
            assertThat(partnerCalls).filteredOn(call -> call.matches("PUT /people/[0-9a-f-]+ by .*"))
                    .hasSize(17).allMatch(call -> call.contains(" by (no organisation) "));
            assertThat(partnerCalls).filteredOn(call -> call.matches("PUT /volunteer-agreements/[0-9a-f-]+ by .*"))
                    .hasSize(4).allMatch(call -> call.contains(" by vrijwilligers-zuiderhaven "));
            assertThat(partnerCalls).anyMatch(call -> call.startsWith("PUT /networks/oggz-zuiderhaven/covenant/woonstede "));
            assertThat(partnerCalls).noneMatch(call -> call.startsWith("PUT /networks/oggz-zuiderhaven/covenant/schuldhulp"));
            List<String> caseCalls = Files.readAllLines(home.resolve("case-service-requests.log"));
            assertThat(caseCalls).hasSize(CASE_SERVICE_DEMO_CALLS).contains(
                    "POST signal in oggz-zuiderhaven by vrijwilligers-zuiderhaven",
                    "POST signal in wijknetwerk-noord by wijkteam-zuiderhaven");
            // Cases follow the signals they are opened from; the receiving organisations answer for themselves.
            assertThat(caseCalls.subList(0, 7)).allMatch(call -> call.startsWith("POST signal in "));
            assertThat(caseCalls).filteredOn(call -> call.startsWith("POST /cases by ")).hasSize(14);
            assertThat(caseCalls).filteredOn("POST /cases/{id}/closure by welzijn-zuiderhaven"::equals).hasSize(1);
            assertThat(caseCalls).filteredOn("POST /cases/{id}/closure by ggd-zuiderhaven"::equals).hasSize(1);
            assertThat(caseCalls).contains("POST /referrals/{id}/acceptance by wijkteam-zuiderhaven",
                    "POST /referrals/{id}/acceptance by ggz-delta",
                    "POST /handovers/{id}/acceptance by vrijwilligers-zuiderhaven",
                    "POST /handovers/{id}/acceptance by woonstede");
            assertThat(caseCalls).filteredOn(call -> call.startsWith("POST /signals/{id}/feedback by ")).hasSize(2);

            try (Connection connection = platform.postgres().connect("postgres");
                 Statement sql = connection.createStatement();
                 ResultSet databases = sql.executeQuery("SELECT count(*) FROM pg_database WHERE datname LIKE '%\\_service'")) {
                databases.next();
                assertThat(databases.getInt(1)).isEqualTo(4);
            }
            assertThat(platform.tokens().forClient("ggd-zuiderhaven-system", "ggd-zuiderhaven-system-secret")).isNotBlank();

            DemoData.Result again = new DemoData(platform.tokens(), platform.serviceUrl("partner-service"), platform.serviceUrl("case-service"))
                    .loadOnce(home);
            assertThat(again.alreadyLoaded()).isTrue();
            assertThat(Files.readAllLines(home.resolve("partner-service-requests.log"))).hasSize(PARTNER_SERVICE_DEMO_CALLS);
            assertThat(Files.readAllLines(home.resolve("case-service-requests.log"))).hasSize(CASE_SERVICE_DEMO_CALLS);
        }

        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).isEmpty();
        assertThat(ports).allMatch(Ports::isFree);
        String printed = output.toString(StandardCharsets.UTF_8);
        System.out.print(printed);
        assertThat(printed).contains("PostgreSQL", "Kafka", "Keycloak", "case-service", "Demo data", "swagger-ui.html",
                "/reports/signals-per-network", "/reports/network-composition", "/reports/casework", "/social-map/services", "coordinator.ggd", "woonstede-system-secret", "Samenspel is running", "Stopped");
    }

    @Test
    void aTakenPortStopsTheStartBeforeAnythingRuns() throws Exception {
        Path repo = FakeServiceJars.createRepository(temp.resolve("repo"), Platform.SERVICES);
        try (ServerSocket taken = new ServerSocket(0)) {
            PlatformConfig config = PlatformConfig.defaults(repo).withHome(temp.resolve("home"));
            PlatformConfig clashing = new PlatformConfig(config.repoRoot(), config.home(), false, 0, 0, 0, 0, 0, taken.getLocalPort(), 0, 0,
                    null, false, true, true, Map.of(), PlatformConfig.DEFAULT_SERVICE_START_TIMEOUT, config.out());

            Platform platform = new Platform(clashing);
            assertThatThrownBy(platform::start)
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Port " + taken.getLocalPort() + " for case-service is already in use: free it or set SAMENSPEL_CASE_PORT.");
            assertThat(platform.postgres().isRunning()).isFalse();
            assertThat(temp.resolve("home")).doesNotExist();
        }
    }

    @Test
    void aMissingServiceJarIsNamedBeforeAnythingRuns() throws Exception {
        Path repo = FakeServiceJars.createRepository(temp.resolve("repo"), List.of("partner-service", "consent-service", "reporting-service"));
        PlatformConfig config = PlatformConfig.forTests(repo, temp.resolve("home"));

        assertThatThrownBy(() -> Platform.start(config))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("case-service/target/case-service.jar is missing: build the services first (./mvnw -DskipTests package).");
        assertThat(temp.resolve("home")).doesNotExist();
    }
}
