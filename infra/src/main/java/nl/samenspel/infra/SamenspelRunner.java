package nl.samenspel.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Command one of the README: starts the whole platform locally and keeps it running until Ctrl-C.
 *
 * <pre>java -cp 'infra/target/classes:infra/target/lib/*' nl.samenspel.infra.SamenspelRunner [--wipe] [--help]</pre>
 *
 * Exit codes: 2 for a taken port or a bad option, 1 when something did not start.
 */
public final class SamenspelRunner {

    private SamenspelRunner() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(usage());
            return;
        }
        PlatformConfig config;
        try {
            config = PlatformConfig.fromEnvironment(System.getenv(), arguments, Path.of(""));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }

        Platform platform = new Platform(config);
        // Registered before anything starts, so Ctrl-C during start-up also stops what is already running.
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "samenspel-stop"));
        try {
            platform.start();
        } catch (PortInUseException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            if (platform.isClosing()) {
                return;
            }
            System.err.println("Samenspel did not start: " + e.getMessage());
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    static String usage() {
        StringBuilder usage = new StringBuilder("""
                Starts PostgreSQL, Kafka, Keycloak and the four Samenspel services, loads the demo data once,
                and keeps running until Ctrl-C, which stops everything again.

                Options (each also an environment variable; a flag wins):
                """);
        for (PlatformConfig.Setting setting : PlatformConfig.Setting.values()) {
            usage.append(String.format("  %-32s %s%n", setting.synopsis(), setting.environmentVariable()));
        }
        usage.append("""
                  --no-demo-data                   SAMENSPEL_DEMO_DATA=false

                Defaults: data in <repo>/.samenspel, PostgreSQL 15432, Kafka 19092 (controller 19093),
                Keycloak 18080, services 8081-8084. --wipe (SAMENSPEL_WIPE=true) deletes the data directory first.""");
        return usage.toString();
    }
}
