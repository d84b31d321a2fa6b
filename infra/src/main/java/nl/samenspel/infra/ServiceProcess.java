package nl.samenspel.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** One Samenspel Spring Boot service, run from its packaged jar as a child process. */
public final class ServiceProcess {

    private final String name;
    private final Path jar;
    private final int port;
    private final int managementPort;
    private final Path workingDirectory;
    private final Supplier<Map<String, String>> environment;
    private final Path logFile;
    private final Duration healthTimeout;
    private volatile ChildProcess process;
    private boolean closed;

    /** @param environment asked at each launch, so what it reads from the data directory is read after a wipe */
    ServiceProcess(String name, Path jar, int port, int managementPort, Path workingDirectory, Supplier<Map<String, String>> environment, Path logFile,
                   Duration healthTimeout) {
        this.healthTimeout = healthTimeout;
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.managementPort = managementPort;
        this.workingDirectory = workingDirectory;
        this.environment = environment;
        this.logFile = logFile;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Where the actuator answers: health for anyone, the rest for platform operators. */
    public int managementPort() {
        return managementPort;
    }

    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isRunning() {
        ChildProcess running = process;
        return running != null && running.isAlive();
    }

    public long residentKilobytes() {
        ChildProcess running = process;
        return running == null ? 0 : running.residentKilobytes();
    }

    /** Launches without waiting; see {@link #awaitHealthy()}. */
    public synchronized void launch() {
        if (closed) {
            throw new IllegalStateException(name + " was closed");
        }
        if (process != null) {
            return;
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -DskipTests package).");
        }
        Ports.requireFree(List.of(new Ports.Claim(port, name, null),
                new Ports.Claim(managementPort, name + "'s management", null)));
        try {
            Files.createDirectories(workingDirectory);
        } catch (IOException e) {
            throw HttpJson.unchecked("Cannot create " + workingDirectory, e);
        }
        // C1 only and the serial collector: the four services starting at once on two cores were ready in 26 s
        // instead of 55 s; a local run never needs C2's peak throughput. (Keycloak got slower with C1, so not there.)
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString());
        // The platform stops services in order from its own hook, before the servers they depend on.
        process = ChildProcess.start(name, command, workingDirectory, Map.copyOf(environment.get()), logFile, false);
    }

    /** Waits until /actuator/health says UP; on failure the message carries the end of the service's log. */
    public void awaitHealthy() {
        ChildProcess started = process;
        if (started == null) {
            throw new IllegalStateException(name + " was not launched");
        }
        String health = managementUrl() + "/actuator/health";
        long deadline = System.nanoTime() + healthTimeout.toNanos();
        String lastAnswer = "no answer";
        while (true) {
            if (!started.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + started.exitValue() + " while starting. Last lines of "
                        + logFile + ":\n" + started.logTail(40));
            }
            if (process != started) {
                throw new IllegalStateException(name + " was stopped while starting");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " was not healthy within " + healthTimeout.toSeconds() + " s (" + lastAnswer
                        + "). Last lines of " + logFile + ":\n" + started.logTail(40));
            }
            try {
                HttpJson.Response response = HttpJson.get(health);
                if (response.status() == 200 && "UP".equals(response.json().path("status").asText())) {
                    return;
                }
                lastAnswer = "health said HTTP " + response.status() + " " + response.abbreviated();
            } catch (IOException | IllegalStateException notYet) {
                // Not listening yet, or not JSON yet.
            }
            try {
                TimeUnit.MILLISECONDS.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
    }

    public void stop() {
        ChildProcess running;
        synchronized (this) {
            running = process;
            process = null;
        }
        if (running != null) {
            running.stop();
        }
    }

    /** Stops for good: a later launch fails, so a launch racing with shutdown cannot leave a service behind. */
    public void close() {
        synchronized (this) {
            closed = true;
        }
        stop();
    }
}
