package nl.samenspel.infra;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@link Platform} starts and where. A port of 0 means "any free port", chosen when the platform is created.
 *
 * @param repoRoot                 the repository, where the services' jars are ({@code <svc>/target/<svc>.jar})
 * @param home                     data directory: PostgreSQL cluster, Kafka log, Keycloak install and database, logs
 * @param wipe                     delete {@code home} before starting
 * @param keycloakInstallDirectory where Keycloak is unpacked and keeps its database; null for {@code <home>/keycloak}
 * @param freshKeycloakData        start Keycloak on an empty database (tests sharing one install directory)
 * @param startServices            start the four services (false: only PostgreSQL, Kafka and Keycloak)
 * @param loadDemoData             load the demo networks and signals once per data directory
 * @param serviceEnvironment       extra environment variables for every service
 * @param serviceStartTimeout      how long each service may take to report UP
 * @param out                      where progress lines go
 */
public record PlatformConfig(
        Path repoRoot,
        Path home,
        boolean wipe,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int keycloakPort,
        int partnerPort,
        int casePort,
        int consentPort,
        int reportingPort,
        Path keycloakInstallDirectory,
        boolean freshKeycloakData,
        boolean startServices,
        boolean loadDemoData,
        Map<String, String> serviceEnvironment,
        Duration serviceStartTimeout,
        PrintStream out) {

    public static final Duration DEFAULT_SERVICE_START_TIMEOUT = Duration.ofSeconds(120);

    /** A setting: environment variable, command-line flag and default. */
    public enum Setting {
        HOME("SAMENSPEL_HOME", "--home", "PATH", null),
        WIPE("SAMENSPEL_WIPE", "--wipe", null, "false"),
        REPO("SAMENSPEL_REPO", "--repo", "PATH", null),
        POSTGRES_PORT("SAMENSPEL_POSTGRES_PORT", "--postgres-port", "PORT", "15432"),
        KAFKA_PORT("SAMENSPEL_KAFKA_PORT", "--kafka-port", "PORT", "19092"),
        KAFKA_CONTROLLER_PORT("SAMENSPEL_KAFKA_CONTROLLER_PORT", "--kafka-controller-port", "PORT", null),
        KEYCLOAK_PORT("SAMENSPEL_KEYCLOAK_PORT", "--keycloak-port", "PORT", "18080"),
        PARTNER_PORT("SAMENSPEL_PARTNER_PORT", "--partner-port", "PORT", "8081"),
        CASE_PORT("SAMENSPEL_CASE_PORT", "--case-port", "PORT", "8082"),
        CONSENT_PORT("SAMENSPEL_CONSENT_PORT", "--consent-port", "PORT", "8083"),
        REPORTING_PORT("SAMENSPEL_REPORTING_PORT", "--reporting-port", "PORT", "8084"),
        DEMO_DATA("SAMENSPEL_DEMO_DATA", "--demo-data", "true|false", "true");

        private final String environmentVariable;
        private final String flag;
        private final String valueName;
        private final String defaultValue;

        Setting(String environmentVariable, String flag, String valueName, String defaultValue) {
            this.environmentVariable = environmentVariable;
            this.flag = flag;
            this.valueName = valueName;
            this.defaultValue = defaultValue;
        }

        /** How the flag is written in the usage text. */
        public String synopsis() {
            return valueName == null ? flag : flag + "=" + valueName;
        }

        public String environmentVariable() {
            return environmentVariable;
        }

        public String flag() {
            return flag;
        }
    }

    public PlatformConfig {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
        keycloakInstallDirectory = keycloakInstallDirectory == null ? null : keycloakInstallDirectory.toAbsolutePath().normalize();
        serviceEnvironment = Map.copyOf(serviceEnvironment);
    }

    /** The local runner's defaults: data in {@code <repo>/.samenspel}, the fixed ports from the README. */
    public static PlatformConfig defaults(Path repoRoot) {
        return new PlatformConfig(repoRoot, repoRoot.resolve(".samenspel"), false,
                15432, 19092, 19093, 18080, 8081, 8082, 8083, 8084,
                null, false, true, true, Map.of(), DEFAULT_SERVICE_START_TIMEOUT, System.out);
    }

    /**
     * For a test starting the whole platform: free ports, data in {@code home} (a temporary directory), and the
     * Keycloak install shared between runs (unpacking 190 MB each time costs more than the whole test), started
     * on an empty database.
     */
    public static PlatformConfig forTests(Path repoRoot, Path home) {
        return new PlatformConfig(repoRoot, home, false, 0, 0, 0, 0, 0, 0, 0, 0,
                KeycloakServer.sharedInstallDirectory(), true, true, true, Map.of(), DEFAULT_SERVICE_START_TIMEOUT, System.out);
    }

    /**
     * The runner's configuration: defaults, overridden by environment variables, overridden by flags
     * ({@code --name=value} or {@code --name value}; {@code --wipe} alone means true).
     *
     * @throws IllegalArgumentException with a one-line message for an unknown flag or a bad value
     */
    public static PlatformConfig fromEnvironment(Map<String, String> environment, List<String> args, Path workingDirectory) {
        Map<Setting, String> values = new LinkedHashMap<>();
        for (Setting setting : Setting.values()) {
            String fromEnvironment = environment.get(setting.environmentVariable);
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                values.put(setting, fromEnvironment.trim());
            }
        }
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            Setting setting = null;
            for (Setting candidate : Setting.values()) {
                if (candidate.flag.equals(name)) {
                    setting = candidate;
                }
            }
            if ("--no-demo-data".equals(arg)) {
                values.put(Setting.DEMO_DATA, "false");
                continue;
            }
            if (setting == null) {
                throw new IllegalArgumentException("Unknown option " + arg + " (try --help).");
            }
            if (arg.contains("=")) {
                values.put(setting, arg.substring(arg.indexOf('=') + 1));
            } else if (setting == Setting.WIPE || setting == Setting.DEMO_DATA) {
                values.put(setting, "true");
            } else if (i + 1 < args.size()) {
                values.put(setting, args.get(++i));
            } else {
                throw new IllegalArgumentException("Option " + arg + " needs a value.");
            }
        }

        Path repoRoot = values.containsKey(Setting.REPO) ? Path.of(values.get(Setting.REPO)) : locateRepoRoot(workingDirectory);
        Path home = values.containsKey(Setting.HOME) ? Path.of(values.get(Setting.HOME)) : repoRoot.resolve(".samenspel");
        int kafkaPort = port(values, Setting.KAFKA_PORT);
        int kafkaControllerPort = values.containsKey(Setting.KAFKA_CONTROLLER_PORT) ? port(values, Setting.KAFKA_CONTROLLER_PORT) : kafkaPort + 1;
        return new PlatformConfig(repoRoot, home, bool(values, Setting.WIPE),
                port(values, Setting.POSTGRES_PORT), kafkaPort, kafkaControllerPort, port(values, Setting.KEYCLOAK_PORT),
                port(values, Setting.PARTNER_PORT), port(values, Setting.CASE_PORT), port(values, Setting.CONSENT_PORT),
                port(values, Setting.REPORTING_PORT), null, false, true, bool(values, Setting.DEMO_DATA), Map.of(),
                DEFAULT_SERVICE_START_TIMEOUT, System.out);
    }

    private static int port(Map<Setting, String> values, Setting setting) {
        String value = values.getOrDefault(setting, setting.defaultValue);
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below with the setting's name.
        }
        throw new IllegalArgumentException(setting.environmentVariable + " (" + setting.flag + ") must be a port number from 1 to 65535, not '" + value + "'.");
    }

    private static boolean bool(Map<Setting, String> values, Setting setting) {
        String value = values.getOrDefault(setting, setting.defaultValue).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(setting.environmentVariable + " (" + setting.flag + ") must be true or false, not '" + value + "'.");
        };
    }

    /** The nearest directory at or above {@code start} holding the multi-module pom and the infra module. */
    public static Path locateRepoRoot(Path start) {
        for (Path candidate = start.toAbsolutePath().normalize(); candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isRegularFile(candidate.resolve("infra").resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("No Samenspel repository at or above " + start + ": run from the repository or set SAMENSPEL_REPO.");
    }

    public Path keycloakDirectory() {
        return keycloakInstallDirectory != null ? keycloakInstallDirectory : home.resolve("keycloak");
    }

    public Path logDirectory() {
        return home.resolve("logs");
    }

    public int servicePort(String service) {
        return switch (service) {
            case "partner-service" -> partnerPort;
            case "case-service" -> casePort;
            case "consent-service" -> consentPort;
            case "reporting-service" -> reportingPort;
            default -> throw new IllegalArgumentException("No such service: " + service);
        };
    }

    /** Every port this configuration listens on, with the setting that changes it. */
    public List<Ports.Claim> portClaims() {
        List<Ports.Claim> claims = new ArrayList<>(List.of(
                new Ports.Claim(postgresPort, "PostgreSQL", Setting.POSTGRES_PORT.environmentVariable),
                new Ports.Claim(kafkaPort, "Kafka", Setting.KAFKA_PORT.environmentVariable),
                new Ports.Claim(kafkaControllerPort, "the Kafka controller", Setting.KAFKA_CONTROLLER_PORT.environmentVariable),
                new Ports.Claim(keycloakPort, "Keycloak", Setting.KEYCLOAK_PORT.environmentVariable)));
        if (startServices) {
            claims.add(new Ports.Claim(partnerPort, "partner-service", Setting.PARTNER_PORT.environmentVariable));
            claims.add(new Ports.Claim(casePort, "case-service", Setting.CASE_PORT.environmentVariable));
            claims.add(new Ports.Claim(consentPort, "consent-service", Setting.CONSENT_PORT.environmentVariable));
            claims.add(new Ports.Claim(reportingPort, "reporting-service", Setting.REPORTING_PORT.environmentVariable));
        }
        return claims;
    }

    /** This configuration with every port of 0 replaced by a distinct free port. */
    public PlatformConfig withFreePortsResolved() {
        Set<Integer> taken = new HashSet<>(List.of(postgresPort, kafkaPort, kafkaControllerPort, keycloakPort, partnerPort, casePort, consentPort, reportingPort));
        int[] ports = {postgresPort, kafkaPort, kafkaControllerPort, keycloakPort, partnerPort, casePort, consentPort, reportingPort};
        for (int i = 0; i < ports.length; i++) {
            if (ports[i] == 0) {
                ports[i] = Ports.freePortExcept(taken);
                taken.add(ports[i]);
            }
        }
        return new PlatformConfig(repoRoot, home, wipe, ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], ports[6], ports[7],
                keycloakInstallDirectory, freshKeycloakData, startServices, loadDemoData, serviceEnvironment, serviceStartTimeout, out);
    }

    public PlatformConfig withHome(Path newHome) {
        return new PlatformConfig(repoRoot, newHome, wipe, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort, partnerPort, casePort,
                consentPort, reportingPort, keycloakInstallDirectory, freshKeycloakData, startServices, loadDemoData, serviceEnvironment, serviceStartTimeout, out);
    }

    public PlatformConfig withServices(boolean start) {
        return new PlatformConfig(repoRoot, home, wipe, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort, partnerPort, casePort,
                consentPort, reportingPort, keycloakInstallDirectory, freshKeycloakData, start, loadDemoData && start, serviceEnvironment, serviceStartTimeout, out);
    }

    public PlatformConfig withDemoData(boolean load) {
        return new PlatformConfig(repoRoot, home, wipe, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort, partnerPort, casePort,
                consentPort, reportingPort, keycloakInstallDirectory, freshKeycloakData, startServices, load, serviceEnvironment, serviceStartTimeout, out);
    }

    public PlatformConfig withServiceEnvironment(Map<String, String> environment) {
        return new PlatformConfig(repoRoot, home, wipe, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort, partnerPort, casePort,
                consentPort, reportingPort, keycloakInstallDirectory, freshKeycloakData, startServices, loadDemoData, environment, serviceStartTimeout, out);
    }

    public PlatformConfig withServiceStartTimeout(Duration timeout) {
        return new PlatformConfig(repoRoot, home, wipe, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort, partnerPort, casePort,
                consentPort, reportingPort, keycloakInstallDirectory, freshKeycloakData, startServices, loadDemoData, serviceEnvironment, timeout, out);
    }

    public PlatformConfig withOut(PrintStream newOut) {
        return new PlatformConfig(repoRoot, home, wipe, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort, partnerPort, casePort,
                consentPort, reportingPort, keycloakInstallDirectory, freshKeycloakData, startServices, loadDemoData, serviceEnvironment, serviceStartTimeout, newOut);
    }
}
