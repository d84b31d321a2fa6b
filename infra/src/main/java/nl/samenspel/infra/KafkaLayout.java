package nl.samenspel.infra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What a Samenspel broker holds and who may do what on it.
 *
 * <p><b>Topics.</b> Each service's integration topic and its dead-letter topic. The broker creates no topic on
 * first use, so a typo in a topic name fails instead of quietly making a new one, and the dead-letter topics exist
 * before the first record needs one.
 *
 * <p><b>Principals.</b> One SCRAM principal per service, named after it, and {@value #ADMIN} for the broker
 * itself, the runner and tests (a super user). Each service principal may write only its own topic, read only the
 * topics it consumes (as in the architecture's table), write the dead-letter topics of what it reads, and use only
 * consumer groups whose names start with its own name. Anything not granted is refused (StandardAuthorizer, no
 * "allow if no ACL").
 *
 * <p>docker-compose.yml provisions the same grants with the Kafka scripts (infra/docker/kafka/provision.sh);
 * ComposeFileTest keeps the two alike.
 */
public final class KafkaLayout {

    public static final int PARTITIONS = 6;
    public static final String ADMIN = "admin";
    public static final String MECHANISM = "SCRAM-SHA-512";

    /** Service principal → the topics it consumes. */
    public static final Map<String, Set<String>> READS;

    static {
        Map<String, Set<String>> reads = new LinkedHashMap<>();
        reads.put("partner-service", Set.of());
        reads.put("case-service", Set.of(Topics.PARTNER_EVENTS, Topics.CONSENT_EVENTS));
        reads.put("consent-service", Set.of(Topics.PARTNER_EVENTS, Topics.CASE_EVENTS));
        reads.put("reporting-service", Set.of(Topics.CASE_EVENTS, Topics.PARTNER_EVENTS, Topics.CONSENT_EVENTS));
        READS = Collections.unmodifiableMap(reads);
    }

    private KafkaLayout() {
    }

    public static List<String> topicNames() {
        List<String> names = new ArrayList<>();
        for (String topic : Topics.ALL) {
            names.add(topic);
            names.add(Topics.deadLetters(topic));
        }
        return List.copyOf(names);
    }

    static List<NewTopic> topics() {
        return topicNames().stream().map(name -> new NewTopic(name, PARTITIONS, (short) 1)).toList();
    }

    public static Set<String> services() {
        return READS.keySet();
    }

    /** Every grant a service principal has; nothing else is allowed to it. */
    public static List<AclBinding> acls(String service) {
        String user = "User:" + service;
        List<AclBinding> acls = new ArrayList<>();
        String own = ownTopic(service);
        if (own != null) {
            for (String topic : List.of(own, Topics.deadLetters(own))) {
                acls.add(allow(ResourceType.TOPIC, topic, PatternType.LITERAL, user, AclOperation.WRITE));
                acls.add(allow(ResourceType.TOPIC, topic, PatternType.LITERAL, user, AclOperation.CREATE));
                acls.add(allow(ResourceType.TOPIC, topic, PatternType.LITERAL, user, AclOperation.DESCRIBE));
            }
        }
        for (String topic : READS.get(service)) {
            acls.add(allow(ResourceType.TOPIC, topic, PatternType.LITERAL, user, AclOperation.READ));
            acls.add(allow(ResourceType.TOPIC, topic, PatternType.LITERAL, user, AclOperation.DESCRIBE));
            acls.add(allow(ResourceType.TOPIC, Topics.deadLetters(topic), PatternType.LITERAL, user, AclOperation.WRITE));
            acls.add(allow(ResourceType.TOPIC, Topics.deadLetters(topic), PatternType.LITERAL, user, AclOperation.DESCRIBE));
        }
        if (!READS.get(service).isEmpty()) {
            acls.add(allow(ResourceType.GROUP, service, PatternType.PREFIXED, user, AclOperation.READ));
        }
        return List.copyOf(acls);
    }

    /** The topic {@code service} publishes on, or null. */
    static String ownTopic(String service) {
        return Topics.ALL.stream().filter(t -> Topics.owner(t).filter(service::equals).isPresent()).findFirst().orElse(null);
    }

    private static AclBinding allow(ResourceType type, String name, PatternType pattern, String principal, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }

    /** Client settings that log in as {@code principal} over SASL/SCRAM. */
    public static Map<String, Object> clientConfig(String bootstrapServers, String principal, String password) {
        return Map.of(
                "bootstrap.servers", bootstrapServers,
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", jaas("org.apache.kafka.common.security.scram.ScramLoginModule", principal, password));
    }

    static String jaas(String module, String principal, String password) {
        return module + " required username=\"" + principal + "\" password=\"" + password + "\";";
    }
}
