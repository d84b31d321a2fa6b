package nl.samenspel.e2e.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lets the real Compose implementation parse docker-compose.yml: {@code docker compose config} (the Compose v2
 * plugin) and {@code docker-compose config} (Debian's docker-compose 1.29 package: apt-get install docker-compose).
 * Neither needs a Docker engine. Each is skipped, with the reason, where it is not installed; ComposeFileTest
 * checks the schema and the structure everywhere.
 */
class ComposeCliValidationTest {

    private static final Path ROOT = RepositoryRoot.locate();
    private static final long TIMEOUT_SECONDS = 60;

    static Stream<String> clis() {
        return Stream.of("docker compose", "docker-compose");
    }

    @ParameterizedTest(name = "{0} config")
    @MethodSource("clis")
    void composeAcceptsTheFileAndSeesEveryService(String cli) throws Exception {
        assumeInstalled(cli);

        Result quiet = run(cli, ROOT.resolve("docker-compose.yml"), "config", "--quiet");
        Result services = run(cli, ROOT.resolve("docker-compose.yml"), "config", "--services");

        assertThat(quiet.exitCode()).as(quiet.output()).isZero();
        assertThat(services.exitCode()).as(services.output()).isZero();
        assertThat(services.output().lines().map(String::trim).filter(line -> !line.isEmpty()))
                .containsExactlyInAnyOrder("postgres", "kafka", "keycloak", "partner-service", "case-service",
                        "consent-service", "reporting-service");
    }

    /** Proves the command validates at all: a dependency on a service that does not exist must be refused. */
    @ParameterizedTest(name = "{0} config refuses a broken file")
    @MethodSource("clis")
    void composeRefusesADependencyOnAMissingService(String cli, @TempDir Path directory) throws Exception {
        assumeInstalled(cli);
        String original = Files.readString(ROOT.resolve("docker-compose.yml"));
        String broken = original.replace("  keycloak:\n    condition: service_healthy", "  keycloak-missing:\n    condition: service_healthy");
        assertThat(broken).isNotEqualTo(original);
        Path brokenFile = Files.writeString(directory.resolve("docker-compose.yml"), broken);

        Result result = run(cli, brokenFile, "config", "--quiet");

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("keycloak-missing");
    }

    private static void assumeInstalled(String cli) throws Exception {
        List<String> version = new ArrayList<>(Arrays.asList(cli.split(" ")));
        version.add("version");
        Result result;
        try {
            result = exec(version);
        } catch (IOException notFound) {
            result = new Result(-1, notFound.getMessage());
        }
        Result found = result;
        assumeTrue(found.exitCode() == 0, () -> "'" + cli + "' is not installed here (" + found.output().trim().lines().findFirst()
                .orElse("no output") + "); install the Docker Compose plugin or Debian's docker-compose package to run this"
                + " check. ComposeFileTest still checks the file against the Compose Specification schema.");
    }

    private static Result run(String cli, Path composeFile, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(Arrays.asList(cli.split(" ")));
        // The project directory stays the repository, so ./infra/... resolves as it does for the real file.
        command.addAll(List.of("--project-directory", ROOT.toString(), "-f", composeFile.toString()));
        command.addAll(List.of(arguments));
        return exec(command);
    }

    private static Result exec(List<String> command) throws Exception {
        Path output = Files.createTempFile("compose-cli", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            // The file requires the operator's key (${SAMENSPEL_VAULT_MASTER_KEY:?...}); any value satisfies config.
            builder.environment().put("SAMENSPEL_VAULT_MASTER_KEY", "dGVzdC1vbmx5IHZhdWx0IG1hc3RlciBrZXkgMzJieXQ=");
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private record Result(int exitCode, String output) {
    }
}
