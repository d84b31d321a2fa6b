package nl.samenspel.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformConfigTest {

    @TempDir
    Path repo;

    @Test
    void defaultsAreTheReadmePortsAndADataDirectoryInTheRepository() throws IOException {
        markAsRepository();

        PlatformConfig config = PlatformConfig.fromEnvironment(Map.of(), List.of(), repo.resolve("infra"));

        assertThat(config.repoRoot()).isEqualTo(repo.toAbsolutePath());
        assertThat(config.home()).isEqualTo(repo.resolve(".samenspel").toAbsolutePath());
        assertThat(List.of(config.postgresPort(), config.kafkaPort(), config.kafkaControllerPort(), config.keycloakPort(),
                config.partnerPort(), config.casePort(), config.consentPort(), config.reportingPort()))
                .containsExactly(15432, 19092, 19093, 18080, 8081, 8082, 8083, 8084);
        assertThat(config.wipe()).isFalse();
        assertThat(config.loadDemoData()).isTrue();
        assertThat(config.keycloakDirectory()).isEqualTo(config.home().resolve("keycloak"));
    }

    @Test
    void flagsWinOverEnvironmentVariables() throws IOException {
        markAsRepository();
        Map<String, String> environment = Map.of(
                "SAMENSPEL_POSTGRES_PORT", "25432",
                "SAMENSPEL_KAFKA_PORT", "29092",
                "SAMENSPEL_WIPE", "true",
                "SAMENSPEL_HOME", "/tmp/from-environment");

        PlatformConfig config = PlatformConfig.fromEnvironment(environment,
                List.of("--postgres-port=35432", "--home", "/tmp/from-flag", "--no-demo-data"), repo);

        assertThat(config.postgresPort()).isEqualTo(35432);
        assertThat(config.kafkaPort()).isEqualTo(29092);
        assertThat(config.kafkaControllerPort()).isEqualTo(29093);
        assertThat(config.wipe()).isTrue();
        assertThat(config.home()).isEqualTo(Path.of("/tmp/from-flag"));
        assertThat(config.loadDemoData()).isFalse();
    }

    @Test
    void wipeAloneMeansTrue() throws IOException {
        markAsRepository();

        assertThat(PlatformConfig.fromEnvironment(Map.of(), List.of("--wipe"), repo).wipe()).isTrue();
    }

    @Test
    void badInputIsOneLineNamingTheSetting() throws IOException {
        markAsRepository();

        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(Map.of("SAMENSPEL_CASE_PORT", "80x"), List.of(), repo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SAMENSPEL_CASE_PORT (--case-port) must be a port number from 1 to 65535, not '80x'.");
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(Map.of(), List.of("--kafka-port=70000"), repo))
                .hasMessage("SAMENSPEL_KAFKA_PORT (--kafka-port) must be a port number from 1 to 65535, not '70000'.");
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(Map.of(), List.of("--colour"), repo))
                .hasMessage("Unknown option --colour (try --help).");
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(Map.of("SAMENSPEL_WIPE", "perhaps"), List.of(), repo))
                .hasMessage("SAMENSPEL_WIPE (--wipe) must be true or false, not 'perhaps'.");
    }

    @Test
    void outsideARepositoryTheRepoMustBeGiven() {
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(Map.of(), List.of(), repo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("set SAMENSPEL_REPO");
    }

    @Test
    void freePortsAreResolvedDistinctly() {
        PlatformConfig resolved = PlatformConfig.forTests(repo, repo.resolve("home")).withFreePortsResolved();

        List<Integer> ports = List.of(resolved.postgresPort(), resolved.kafkaPort(), resolved.kafkaControllerPort(), resolved.keycloakPort(),
                resolved.partnerPort(), resolved.casePort(), resolved.consentPort(), resolved.reportingPort());
        assertThat(ports).doesNotContain(0).doesNotHaveDuplicates();
        assertThat(resolved.portClaims()).hasSize(8);
    }

    private void markAsRepository() throws IOException {
        Files.createDirectories(repo.resolve("infra"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.writeString(repo.resolve("infra").resolve("pom.xml"), "<project/>");
    }
}
