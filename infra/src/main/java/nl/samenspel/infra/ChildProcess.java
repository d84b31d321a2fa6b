package nl.samenspel.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An operating-system process started by this JVM, with its output in a log file, that is stopped together
 * with all its descendants: Keycloak's kc.sh runs the real JVM as its child, and killing only the script would
 * leave that JVM (and its port) behind.
 */
public final class ChildProcess {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Thread shutdownHook;

    private ChildProcess(String name, Process process, Path logFile, boolean shutdownHook) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.shutdownHook = shutdownHook ? new Thread(this::stop, "stop-" + name) : null;
        if (this.shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(this.shutdownHook);
        }
    }

    /**
     * Starts {@code command} with stdout and stderr appended to {@code logFile}.
     *
     * @param shutdownHook whether a JVM shutdown hook stops it; off when an owner stops things in a set order
     */
    public static ChildProcess start(String name, List<String> command, Path workingDirectory, Map<String, String> environment,
                                     Path logFile, boolean shutdownHook) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(environment);
            return new ChildProcess(name, builder.start(), logFile, shutdownHook);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + String.join(" ", command), e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitValue() {
        return process.exitValue();
    }

    public Path logFile() {
        return logFile;
    }

    /** Resident memory of the process and its descendants, in kB (0 when /proc is not readable). */
    public long residentKilobytes() {
        return treeResidentKilobytes(process.toHandle());
    }

    static long treeResidentKilobytes(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants())
                .mapToLong(ChildProcess::residentKilobytes)
                .sum();
    }

    private static long residentKilobytes(ProcessHandle handle) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(handle.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** SIGTERM to the whole tree, then SIGKILL to whatever still runs after the grace period. Idempotent. */
    public void stop() {
        List<ProcessHandle> tree = Stream.concat(process.toHandle().descendants(), Stream.of(process.toHandle()))
                .collect(Collectors.toList());
        // Descendants are listed before the root is signalled, so none is missed once the root reparents them.
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle handle : tree) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
            }
        }
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ShutdownHooks.remove(shutdownHook);
    }

    /** The last lines of the log, for error messages. */
    public String logTail(int lines) {
        return tail(logFile, lines);
    }

    public static String tail(Path file, int lines) {
        if (!Files.isReadable(file)) {
            return "(no log at " + file + ")";
        }
        Deque<String> last = new ArrayDeque<>(lines);
        // An InputStreamReader replaces bytes that are not UTF-8 instead of failing on them.
        try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(line);
            }
        } catch (IOException e) {
            return "(log " + file + " unreadable: " + e.getMessage() + ")";
        }
        return String.join(System.lineSeparator(), last);
    }
}
