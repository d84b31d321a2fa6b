package nl.samenspel.infra;

import nl.samenspel.infra.fake.FakeServiceJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a person meets it: exit codes and one-line messages, from a real child JVM. */
class SamenspelRunnerTest {

    @TempDir
    Path temp;

    @Test
    void aTakenPortIsOneLineAndExitCodeTwo() throws Exception {
        Path repo = FakeServiceJars.createRepository(temp.resolve("repo"), Platform.SERVICES);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            Result result = run("--repo", repo.toString(), "--home", temp.resolve("home").toString(), "--kafka-port=" + port);

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.stderr()).isEqualTo("Port " + port + " for Kafka is already in use: free it or set SAMENSPEL_KAFKA_PORT." + System.lineSeparator());
            assertThat(result.stdout()).isEmpty();
            assertThat(temp.resolve("home")).doesNotExist();
        }
    }

    @Test
    void aMissingJarIsOneLineAndExitCodeOne() throws Exception {
        Path repo = FakeServiceJars.createRepository(temp.resolve("repo"), List.of());

        Result result = run("--repo", repo.toString(), "--home", temp.resolve("home").toString(),
                "--postgres-port=" + Ports.freePort(), "--kafka-port=" + Ports.freePort(), "--kafka-controller-port=" + Ports.freePort(),
                "--keycloak-port=" + Ports.freePort(), "--partner-port=" + Ports.freePort(), "--case-port=" + Ports.freePort(),
                "--consent-port=" + Ports.freePort(), "--reporting-port=" + Ports.freePort());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).isEqualTo("Samenspel did not start: partner-service/target/partner-service.jar is missing: "
                + "build the services first (./mvnw -DskipTests package)." + System.lineSeparator());
    }

    @Test
    void helpListsEveryEnvironmentVariable() throws Exception {
        Result result = run("--help");

        assertThat(result.exitCode()).isZero();
        for (PlatformConfig.Setting setting : PlatformConfig.Setting.values()) {
            assertThat(result.stdout()).contains(setting.environmentVariable(), setting.flag());
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", KafkaServer.classpath(), SamenspelRunner.class.getName()));
        command.addAll(List.of(args));
        Path stdout = temp.resolve("stdout");
        Path stderr = temp.resolve("stderr");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Runner did not finish");
        }
        return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
