package nl.samenspel.e2e.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.samenspel.contracts.Topics;
import nl.samenspel.infra.KafkaLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks docker-compose.yml, the service Dockerfiles and .dockerignore without a Docker engine, so it runs
 * everywhere: against the Compose Specification's JSON Schema (infra/docker/compose-spec/), and for what the
 * schema cannot know: dependencies that exist and wait for health, the variables every service reads, ports,
 * databases, the Kafka and Keycloak settings the services rely on, and files that must exist.
 */
class ComposeFileTest {

    private static final Path ROOT = RepositoryRoot.locate();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The services and the port each listens on, inside its container and on the host. */
    private static final Map<String, Integer> SERVICE_PORTS = orderedMap(
            "partner-service", 8081, "case-service", 8082, "consent-service", 8083, "reporting-service", 8084);

    /** Host port and container port of the infrastructure: the embedded runner's host ports. */
    private static final Map<String, String> INFRASTRUCTURE_PORTS = orderedMap(
            "postgres", "15432:5432", "kafka", "19092:19092", "keycloak", "18080:8080");

    /** What every service reads from its environment (see each application.properties). */
    private static final List<String> SERVICE_VARIABLES = List.of("SERVER_PORT", "SPRING_DATASOURCE_URL",
            "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "SPRING_KAFKA_BOOTSTRAP_SERVERS",
            "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI",
            "SAMENSPEL_KAFKA_PASSWORD");

    private static final String KAFKA_SCRIPTS = "/opt/samenspel/kafka";
    private static final String REALM_FILE = "infra/src/main/resources/keycloak/samenspel-realm.json";
    private static final String REALM_IMPORT = "/opt/keycloak/data/import/samenspel-realm.json";
    /** A Go duration as Compose reads it: 5s, 1m30s, 500ms. */
    private static final Pattern DURATION = Pattern.compile("(\\d+(\\.\\d+)?(ns|us|ms|s|m|h))+");

    private static Map<String, Object> compose;

    @BeforeAll
    static void load() throws IOException {
        compose = yaml(ROOT.resolve("docker-compose.yml"));
    }

    // ---- the Compose Specification -------------------------------------------------------------------------------

    @Test
    void conformsToTheComposeSpecificationSchema() throws IOException {
        assertThat(schemaViolations(JSON.valueToTree(compose))).isEmpty();
    }

    @Test
    void theSchemaCheckRejectsWhatComposeRejects() throws IOException {
        ObjectNode broken = JSON.valueToTree(compose);
        ((ObjectNode) broken.path("services").path("case-service")).set("healtcheck", broken.path("services")
                .path("case-service").path("healthcheck"));
        ((ObjectNode) broken.path("services").path("kafka")).put("ports", "19092:19092");

        assertThat(schemaViolations(broken)).anySatisfy(message -> assertThat(message).contains("healtcheck"))
                .anySatisfy(message -> assertThat(message).contains("ports"));
    }

    // ---- containers and images -----------------------------------------------------------------------------------

    @Test
    void declaresThePlatformsContainers() {
        Set<String> expected = new TreeSet<>(INFRASTRUCTURE_PORTS.keySet());
        expected.addAll(SERVICE_PORTS.keySet());

        assertThat(services().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void infrastructureRunsTheOfficialImagesThatDockerPlatformItTests() {
        assertThat(service("postgres").get("image")).isEqualTo(DockerImages.POSTGRES).asString().matches("postgres:17(\\.\\d+)*");
        assertThat(service("kafka").get("image")).isEqualTo(DockerImages.KAFKA).asString().matches("apache/kafka:3\\.9\\.\\d+");
        assertThat(service("keycloak").get("image")).isEqualTo(DockerImages.KEYCLOAK).asString()
                .matches("quay\\.io/keycloak/keycloak:26\\.\\d+\\.\\d+");
    }

    @ParameterizedTest
    @MethodSource("serviceNames")
    void servicesAreBuiltFromTheRepositoryRootWithTheSharedDockerfile(String name) {
        Map<String, Object> build = map(service(name).get("build"), name + ".build");

        assertThat(build.get("context")).isEqualTo(".");
        assertThat(build.get("dockerfile")).as("the default, ./Dockerfile").isNull();
        assertThat(map(build.get("args"), name + ".build.args"))
                .containsEntry("SERVICE", name).containsEntry("PORT", String.valueOf(SERVICE_PORTS.get(name)));
        assertThat(ROOT.resolve("Dockerfile")).isRegularFile();
        assertThat(service(name).get("pull_policy")).as("never pulled, always built from target/").isEqualTo("build");
    }

    // ---- start order and health ----------------------------------------------------------------------------------

    @Test
    void everyContainerHasAHealthcheckWithValidDurations() {
        services().forEach((name, definition) -> {
            Map<String, Object> healthcheck = map(map(definition, name).get("healthcheck"), name + ".healthcheck");
            assertThat(list(healthcheck.get("test"), name + ".healthcheck.test")).as(name).hasSizeGreaterThan(1)
                    .first().isIn("CMD", "CMD-SHELL");
            for (String key : List.of("interval", "timeout", "start_period")) {
                assertThat(String.valueOf(healthcheck.get(key))).as(name + ".healthcheck." + key).matches(DURATION);
            }
            assertThat(healthcheck.get("retries")).as(name + ".healthcheck.retries").isInstanceOf(Integer.class);
        });
    }

    @Test
    void everyDependencyExistsHasAHealthcheckAndIsWaitedFor() {
        services().forEach((name, definition) -> {
            Object dependsOn = map(definition, name).get("depends_on");
            if (dependsOn == null) {
                return;
            }
            map(dependsOn, name + ".depends_on").forEach((target, condition) -> {
                assertThat(services()).as(name + " depends on " + target).containsKey(target);
                assertThat(map(condition, name + ".depends_on." + target).get("condition")).as(name + " waits for " + target)
                        .isEqualTo("service_healthy");
                assertThat(service(target)).as(target + " has a healthcheck").containsKey("healthcheck");
            });
        });
        assertThat(startOrder()).as("no dependency cycle").hasSize(services().size());
    }

    @ParameterizedTest
    @MethodSource("serviceNames")
    void servicesStartAfterPostgresKafkaAndKeycloakAreHealthy(String name) {
        assertThat(map(service(name).get("depends_on"), name + ".depends_on")).containsOnlyKeys("postgres", "kafka", "keycloak");
    }

    @ParameterizedTest
    @MethodSource("serviceNames")
    void serviceHealthchecksAskActuatorOnTheServicesManagementPort(String name) {
        List<Object> test = list(map(service(name).get("healthcheck"), name).get("test"), name + ".healthcheck.test");

        // The management port is the API port + 1000 (application.properties) and is not published.
        assertThat(test.stream().map(String::valueOf)).containsSubsequence(
                String.valueOf(SERVICE_PORTS.get(name) + 1000), "/actuator/health");
    }

    @Test
    void healthcheckScriptsAreMountedWhereTheyAreUsed() {
        services().forEach((name, definition) -> {
            String test = String.join(" ", list(map(map(definition, name).get("healthcheck"), name).get("test"), name)
                    .stream().map(String::valueOf).toList());
            Matcher script = Pattern.compile("(/opt/samenspel/healthcheck)/([\\w.-]+)").matcher(test);
            if (script.find()) {
                assertThat(bindMounts(name)).as(name + " mounts the healthcheck scripts")
                        .containsEntry(script.group(1), "./infra/docker/healthcheck");
                assertThat(ROOT.resolve("infra/docker/healthcheck").resolve(script.group(2))).isRegularFile();
            }
        });
    }

    // ---- ports ---------------------------------------------------------------------------------------------------

    @Test
    void hostPortsAreTheEmbeddedRunnersAndUnique() {
        Map<String, String> expected = new LinkedHashMap<>(INFRASTRUCTURE_PORTS);
        SERVICE_PORTS.forEach((name, port) -> expected.put(name, port + ":" + port));
        List<Integer> hostPorts = new ArrayList<>();

        services().forEach((name, definition) -> {
            List<Object> ports = list(map(definition, name).get("ports"), name + ".ports");
            assertThat(ports).as(name + ".ports").containsExactly(expected.get(name));
            ports.forEach(port -> hostPorts.add(Integer.parseInt(String.valueOf(port).split(":")[0])));
        });
        assertThat(hostPorts).doesNotHaveDuplicates();
    }

    // ---- what the services read ----------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("serviceNames")
    void servicesGetEveryVariableTheyRead(String name) {
        Map<String, String> environment = environment(name);

        for (String variable : SERVICE_VARIABLES) {
            assertThat(environment.get(variable)).as(name + " " + variable).isNotBlank();
        }
        assertThat(environment.get("SERVER_PORT")).isEqualTo(String.valueOf(SERVICE_PORTS.get(name)));
    }

    @Test
    void caseServiceGetsItsVaultMasterKeyOnlyFromTheOperator() {
        // ${VAR:?message}: compose stops with the message when the variable is unset or empty; no default key.
        assertThat(environment("case-service").get("SAMENSPEL_VAULT_MASTER_KEY"))
                .startsWith("${SAMENSPEL_VAULT_MASTER_KEY:?").endsWith("}");
    }

    @ParameterizedTest
    @MethodSource("serviceNames")
    void servicesUseTheirOwnDatabaseOnTheComposePostgres(String name) {
        Map<String, String> environment = environment(name);
        Map<String, String> postgres = environment("postgres");

        assertThat(environment.get("SPRING_DATASOURCE_URL"))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + name.replace('-', '_'));
        assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
    }

    @Test
    void postgresInitScriptCreatesEveryServicesDatabase() throws IOException {
        assertThat(bindMounts("postgres")).containsEntry("/docker-entrypoint-initdb.d", "./infra/docker/postgres");
        Set<String> created = new TreeSet<>();
        try (Stream<Path> scripts = Files.list(ROOT.resolve("infra/docker/postgres"))) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher create = Pattern.compile("(?im)^\\s*CREATE\\s+DATABASE\\s+\"?(\\w+)\"?").matcher(Files.readString(script));
                while (create.find()) {
                    created.add(create.group(1));
                }
            }
        }
        Set<String> used = SERVICE_PORTS.keySet().stream()
                .map(name -> environment(name).get("SPRING_DATASOURCE_URL").replaceFirst(".*/", ""))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(created).isEqualTo(used);
    }

    @ParameterizedTest
    @MethodSource("serviceNames")
    void servicesReachKafkaOnItsInternalListener(String name) {
        String internal = advertisedListeners().get(environment("kafka").get("KAFKA_INTER_BROKER_LISTENER_NAME"));

        assertThat(environment(name).get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(internal).isEqualTo("kafka:9092");
    }

    @ParameterizedTest
    @MethodSource("serviceNames")
    void servicesCheckTheIssuerKeycloakPutsInTokensAndFetchKeysInsideTheNetwork(String name) throws IOException {
        Map<String, String> environment = environment(name);
        String realm = JSON.readTree(ROOT.resolve(REALM_FILE).toFile()).path("realm").asText();
        String keycloakContainerPort = INFRASTRUCTURE_PORTS.get("keycloak").split(":")[1];

        assertThat(environment.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI"))
                .isEqualTo(environment("keycloak").get("KC_HOSTNAME") + "/realms/" + realm);
        assertThat(environment.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI"))
                .isEqualTo("http://keycloak:" + keycloakContainerPort + "/realms/" + realm + "/protocol/openid-connect/certs");
    }

    // ---- Kafka and Keycloak --------------------------------------------------------------------------------------

    @Test
    void kafkaIsOneKraftNodeWithEveryReplicationFactorOne() {
        Map<String, String> kafka = environment("kafka");

        assertThat(kafka.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(kafka.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).isEqualTo(kafka.get("KAFKA_NODE_ID") + "@localhost:9093");
        assertThat(kafka.get("CLUSTER_ID")).as("a base64url UUID (kafka-storage.sh random-uuid)").matches("[A-Za-z0-9_-]{22}");
        assertThat(kafka).containsKeys("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "KAFKA_DEFAULT_REPLICATION_FACTOR", "KAFKA_MIN_INSYNC_REPLICAS");
        kafka.forEach((key, value) -> {
            if (key.contains("REPLICATION_FACTOR") || key.endsWith("MIN_ISR") || key.endsWith("MIN_INSYNC_REPLICAS")) {
                assertThat(value).as(key).isEqualTo("1");
            }
        });
        assertThat(bindMounts("kafka")).containsOnly(Map.entry(KAFKA_SCRIPTS, "./infra/docker/kafka"));
        assertThat(namedVolumes("kafka")).containsEntry("/var/lib/kafka/data", "kafka-data");
        assertThat(kafka.get("KAFKA_LOG_DIRS")).isEqualTo("/var/lib/kafka/data");
    }

    @Test
    void kafkaAdvertisesOneListenerInsideTheNetworkAndOneOnThePublishedHostPort() {
        Map<String, String> kafka = environment("kafka");
        Map<String, String> listeners = listeners(kafka.get("KAFKA_LISTENERS"));
        Map<String, String> advertised = advertisedListeners();
        Set<String> protocols = listeners(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).keySet();

        assertThat(protocols).containsAll(listeners.keySet());
        assertThat(listeners.keySet()).containsAll(advertised.keySet()).contains(kafka.get("KAFKA_CONTROLLER_LISTENER_NAMES"));
        assertThat(advertised).containsValues("kafka:9092", "localhost:" + INFRASTRUCTURE_PORTS.get("kafka").split(":")[0]);
        advertised.forEach((listener, address) -> assertThat(listeners.get(listener)).as(listener)
                .endsWith(":" + address.substring(address.lastIndexOf(':') + 1)));
        assertThat(list(map(service("kafka").get("healthcheck"), "kafka").get("test"), "kafka").toString())
                .contains("kafka-broker-api-versions.sh");
    }

    @Test
    void kafkaAcceptsOnlySaslLoginsAndAllowsOnlyWhatAnAclGrants() {
        Map<String, String> kafka = environment("kafka");

        assertThat(listeners(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).values()).containsOnly("SASL_PLAINTEXT");
        assertThat(kafka.get("KAFKA_SASL_ENABLED_MECHANISMS")).isEqualTo(KafkaLayout.MECHANISM);
        assertThat(kafka.get("KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL")).isEqualTo(KafkaLayout.MECHANISM);
        assertThat(kafka.get("KAFKA_AUTHORIZER_CLASS_NAME")).isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(kafka.get("KAFKA_SUPER_USERS")).isEqualTo("User:" + KafkaLayout.ADMIN);
        assertThat(kafka.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND")).isEqualTo("false");
        assertThat(kafka.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
        assertThat(list(service("kafka").get("command"), "kafka.command")).containsExactly("bash", KAFKA_SCRIPTS + "/start.sh");
        assertThat(ROOT.resolve("infra/docker/kafka/start.sh")).isRegularFile();
        assertThat(list(map(service("kafka").get("healthcheck"), "kafka").get("test"), "kafka").toString())
                .contains("provisioned").contains("--command-config");
    }

    @Test
    void kafkaProvisioningGrantsExactlyWhatTheEmbeddedBrokerGrants() throws IOException {
        String script = Files.readString(ROOT.resolve("infra/docker/kafka/provision.sh"));
        Map<String, String> kafka = environment("kafka");
        Set<String> writes = matches(script, "(?m)^writes (\\S+) (\\S+)$");
        Set<String> reads = matches(script, "(?m)^reads (\\S+) (\\S+)$");
        Set<String> groups = matches(script, "(?m)^groups (\\S+)$");
        Set<String> topics = matches(script, "(?m)^for t in ([^;]+);");

        Set<String> expectedWrites = new TreeSet<>();
        Set<String> expectedReads = new TreeSet<>();
        Set<String> expectedGroups = new TreeSet<>();
        KafkaLayout.READS.forEach((service, consumed) -> {
            Topics.ALL.stream().filter(t -> Topics.owner(t).orElseThrow().equals(service))
                    .forEach(t -> expectedWrites.add(service + " " + t));
            consumed.forEach(t -> expectedReads.add(service + " " + t));
            if (!consumed.isEmpty()) {
                expectedGroups.add(service);
            }
        });
        assertThat(writes).isEqualTo(expectedWrites);
        assertThat(reads).isEqualTo(expectedReads);
        assertThat(groups).isEqualTo(expectedGroups);
        assertThat(topics).singleElement().satisfies(list -> assertThat(list.trim().split("\\s+")).containsExactlyInAnyOrderElementsOf(Topics.ALL));
        for (String service : KafkaLayout.services()) {
            String variable = "SAMENSPEL_KAFKA_" + service.toUpperCase(Locale.ROOT).replace('-', '_') + "_PASSWORD";
            assertThat(script).contains("user " + service + " \"$" + variable + "\"");
            assertThat(kafka.get(variable)).as(variable + ", required without a default").startsWith("${" + variable + ":?");
            assertThat(environment(service).get("SAMENSPEL_KAFKA_PASSWORD")).as(service)
                    .startsWith("${" + variable + ":?");
        }
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(IntStream.rangeClosed(1, matcher.groupCount()).mapToObj(matcher::group)
                    .collect(Collectors.joining(" ")));
        }
        return found;
    }

    @Test
    void keycloakImportsTheRealmFileAndFixesTheIssuerToTheHostUrl() {
        Map<String, String> keycloak = environment("keycloak");

        assertThat(list(service("keycloak").get("command"), "keycloak.command")).containsExactly("start-dev", "--import-realm");
        assertThat(bindMounts("keycloak")).containsEntry(REALM_IMPORT, "./" + REALM_FILE);
        assertThat(keycloak.get("KC_HOSTNAME")).isEqualTo("http://localhost:" + INFRASTRUCTURE_PORTS.get("keycloak").split(":")[0]);
        assertThat(keycloak.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC")).isEqualTo("true");
        assertThat(keycloak.get("KC_HEALTH_ENABLED")).isEqualTo("true");
        assertThat(list(map(service("keycloak").get("healthcheck"), "keycloak").get("test"), "keycloak").toString())
                .contains("9000").contains("/health/ready");
    }

    @Test
    void theRealmFileHasWhatDockerPlatformItSignsInWith() throws IOException {
        JsonNode realm = JSON.readTree(ROOT.resolve(REALM_FILE).toFile());

        assertThat(realm.path("realm").asText()).isEqualTo("samenspel");
        assertThat(realm.path("clients").findValuesAsText("clientId")).contains("samenspel-console");
        assertThat(realm.path("users").findValuesAsText("username")).contains("coordinator.ggd", "volunteer.anna", "analyst.gemeente");
    }

    // ---- volumes and files ---------------------------------------------------------------------------------------

    @Test
    void bindMountsPointAtFilesInTheRepositoryAndNamedVolumesAreDeclared() {
        Set<String> declared = compose.get("volumes") == null ? Set.of() : map(compose.get("volumes"), "volumes").keySet();
        Set<String> used = new HashSet<>();
        services().keySet().forEach(name -> {
            bindMounts(name).forEach((target, source) -> assertThat(ROOT.resolve(source).normalize()).as(name + " " + target).exists());
            used.addAll(namedVolumes(name).values());
        });

        assertThat(used).as("named volumes in use").containsExactlyInAnyOrderElementsOf(declared);
        assertThat(namedVolumes("postgres")).containsEntry("/var/lib/postgresql/data", "postgres-data");
    }

    // ---- Dockerfiles and .dockerignore ---------------------------------------------------------------------------

    @Test
    void theDockerfileRunsThePackagedJarOnTheTemurinJreAsANonRootUser() throws IOException {
        List<String> instructions = dockerfileInstructions();
        List<String> from = arguments(instructions, "FROM");
        int lastFrom = lastIndexOf(instructions, "FROM");
        List<String> finalStage = instructions.subList(lastFrom, instructions.size());

        assertThat(from).isNotEmpty().allSatisfy(line -> assertThat(line.split("\\s+")[0]).isEqualTo(DockerImages.SERVICE_BASE));
        assertThat(arguments(instructions, "COPY")).contains("${SERVICE}/target/${SERVICE}.jar app.jar");
        assertThat(arguments(finalStage, "ARG")).as("PORT is declared in the final stage").contains("PORT");
        assertThat(arguments(finalStage, "USER")).as("the final stage sets a user").singleElement()
                .satisfies(user -> assertThat(user.split(":")[0]).isNotIn("0", "root"));
        assertThat(lastIndexOf(finalStage, "USER")).as("USER comes after the last RUN")
                .isGreaterThan(lastIndexOf(finalStage, "RUN"));
        assertThat(arguments(finalStage, "EXPOSE")).containsExactly("${PORT}");
        assertThat(arguments(finalStage, "ENV")).contains("SERVER_PORT=${PORT}");
        assertThat(arguments(finalStage, "ENTRYPOINT")).singleElement().asString().startsWith("[\"java\"");
    }

    @Test
    void dockerignoreLetsInExactlyTheJarsTheDockerfilesCopy() throws IOException {
        List<String> rules = Files.readAllLines(ROOT.resolve(".dockerignore")).stream().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        Set<String> copied = new TreeSet<>();
        List<String> copies = arguments(dockerfileInstructions(), "COPY").stream()
                .filter(copy -> !copy.startsWith("--from")).map(copy -> copy.split("\\s+")[0]).toList();
        for (String name : SERVICE_PORTS.keySet()) {
            copies.forEach(copy -> copied.add(copy.replace("${SERVICE}", name)));
        }

        assertThat(rules.get(0)).as("everything is excluded first").isEqualTo("*");
        assertThat(rules.subList(1, rules.size())).allSatisfy(rule -> assertThat(rule).startsWith("!"));
        Set<String> reincluded = rules.subList(1, rules.size()).stream().map(rule -> rule.substring(1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(reincluded).isEqualTo(copied);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static Stream<String> serviceNames() {
        return SERVICE_PORTS.keySet().stream();
    }

    static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            // SafeConstructor: plain data only; it resolves anchors, aliases and << merge keys as Compose does.
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return map(loaded, file.toString());
        }
    }

    /** Every violation of the Compose Specification schema, one line each. */
    static List<String> schemaViolations(JsonNode document) throws IOException {
        ObjectNode schemaNode = (ObjectNode) JSON.readTree(ROOT.resolve("infra/docker/compose-spec/compose-spec.json").toFile());
        // The file names its meta-schema as http://...draft/2019-09/schema#; use the validator's built-in copy.
        schemaNode.put("$schema", SpecVersion.VersionFlag.V201909.getId());
        // Compose's own formats (durations like 5s, "ports", "expose") are not JSON Schema formats: this test
        // checks the durations itself.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
        // The file still carries draft-04 style "id" annotations; in 2019-09 they are plain, non-validating keywords.
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV201909()).keyword(new NonValidationKeyword("id")).build();
        JsonSchema schema = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909))
                .metaSchema(metaSchema).build().getSchema(schemaNode, config);
        Set<ValidationMessage> messages = schema.validate(document);
        return messages.stream().map(ValidationMessage::toString).sorted().toList();
    }

    private static Map<String, Object> services() {
        return map(compose.get("services"), "services");
    }

    private static Map<String, Object> service(String name) {
        return map(services().get(name), "services." + name);
    }

    /** A service's environment, values as strings (Compose passes numbers and booleans as text). */
    private static Map<String, String> environment(String name) {
        Map<String, String> environment = new LinkedHashMap<>();
        map(service(name).get("environment"), name + ".environment")
                .forEach((key, value) -> environment.put(key, value == null ? null : String.valueOf(value)));
        return environment;
    }

    /** Container path to host path, for the service's volumes that mount a path from the repository. */
    private static Map<String, String> bindMounts(String name) {
        Map<String, String> mounts = new LinkedHashMap<>();
        volumes(name).forEach((target, source) -> {
            if (source.startsWith("./") || source.startsWith("/")) {
                mounts.put(target, source);
            }
        });
        return mounts;
    }

    /** Container path to volume name, for the service's named volumes. */
    private static Map<String, String> namedVolumes(String name) {
        Map<String, String> mounts = new LinkedHashMap<>();
        volumes(name).forEach((target, source) -> {
            if (!source.startsWith("./") && !source.startsWith("/")) {
                mounts.put(target, source);
            }
        });
        return mounts;
    }

    private static Map<String, String> volumes(String name) {
        Map<String, String> volumes = new LinkedHashMap<>();
        Object declared = service(name).get("volumes");
        if (declared != null) {
            for (Object volume : list(declared, name + ".volumes")) {
                assertThat(volume).as(name + ".volumes uses the short syntax source:target[:mode]").isInstanceOf(String.class);
                String[] parts = ((String) volume).split(":");
                assertThat(parts.length).as(String.valueOf(volume)).isBetween(2, 3);
                volumes.put(parts[1], parts[0]);
            }
        }
        return volumes;
    }

    /** NAME://host:port,... (or NAME:PROTOCOL,...) as a map from name to the rest. */
    private static Map<String, String> listeners(String value) {
        Map<String, String> listeners = new LinkedHashMap<>();
        for (String listener : value.split(",")) {
            int colon = listener.indexOf(':');
            listeners.put(listener.substring(0, colon), listener.substring(colon + 1).replaceFirst("^//", ""));
        }
        return listeners;
    }

    private static Map<String, String> advertisedListeners() {
        return listeners(environment("kafka").get("KAFKA_ADVERTISED_LISTENERS"));
    }

    /** Services in an order that starts every dependency first; shorter than the service list if there is a cycle. */
    private static List<String> startOrder() {
        Map<String, Set<String>> waiting = new HashMap<>();
        services().forEach((name, definition) -> {
            Object dependsOn = map(definition, name).get("depends_on");
            waiting.put(name, dependsOn == null ? new HashSet<>() : new HashSet<>(map(dependsOn, name).keySet()));
        });
        List<String> order = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map.Entry<String, Set<String>> entry : waiting.entrySet()) {
                if (!order.contains(entry.getKey()) && order.containsAll(entry.getValue())) {
                    order.add(entry.getKey());
                    progress = true;
                }
            }
        }
        return order;
    }

    /** The Dockerfile's instructions, continuation lines joined and comments dropped. */
    private static List<String> dockerfileInstructions() throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(ROOT.resolve("Dockerfile"))) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            instructions.add(current.toString().replaceAll("\\s+", " ").trim());
            current.setLength(0);
        }
        return instructions;
    }

    private static List<String> arguments(List<String> instructions, String keyword) {
        return instructions.stream().filter(line -> line.toUpperCase(Locale.ROOT).startsWith(keyword + " "))
                .map(line -> line.substring(keyword.length() + 1).trim()).toList();
    }

    private static int lastIndexOf(List<String> instructions, String keyword) {
        for (int i = instructions.size() - 1; i >= 0; i--) {
            if (instructions.get(i).toUpperCase(Locale.ROOT).startsWith(keyword + " ")) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map)) {
            fail(what + " should be a mapping but is " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String what) {
        if (!(value instanceof List)) {
            fail(what + " should be a list but is " + value);
        }
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
