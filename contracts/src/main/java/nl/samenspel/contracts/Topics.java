package nl.samenspel.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Kafka topic per publishing service. Records are keyed by {@link IntegrationEvent#subject()},
 * so everything about one case, signal or network lands on one partition, in order.
 *
 * <p>A topic has exactly one owner, the only service allowed to write it (the broker's ACLs say so too), and every
 * record on it carries that owner as its CloudEvent {@code source}. Each topic has a dead-letter topic beside it,
 * created with it, for the records its consumers cannot apply.
 */
public final class Topics {

    public static final String CASE_EVENTS = "samenspel.case.events";
    public static final String PARTNER_EVENTS = "samenspel.partner.events";
    public static final String CONSENT_EVENTS = "samenspel.consent.events";
    public static final String REPORTING_EVENTS = "samenspel.reporting.events";

    public static final List<String> ALL = List.of(CASE_EVENTS, PARTNER_EVENTS, CONSENT_EVENTS, REPORTING_EVENTS);

    private static final String DEAD_LETTER_SUFFIX = "-dlt";
    private static final String SOURCE_PREFIX = "/samenspel/";
    private static final Map<String, String> OWNERS = Map.of(
            CASE_EVENTS, "case-service",
            PARTNER_EVENTS, "partner-service",
            CONSENT_EVENTS, "consent-service",
            REPORTING_EVENTS, "reporting-service");

    private Topics() {
    }

    /** The service that alone writes {@code topic}, if it is one of Samenspel's. */
    public static Optional<String> owner(String topic) {
        return Optional.ofNullable(OWNERS.get(topic));
    }

    /** The CloudEvent {@code source} every record on {@code topic} must carry, if it is one of Samenspel's. */
    public static Optional<String> ownerSource(String topic) {
        return owner(topic).map(Topics::source);
    }

    /** The CloudEvent {@code source} of what {@code service} publishes. */
    public static String source(String service) {
        return SOURCE_PREFIX + service;
    }

    /** Where consumers of {@code topic} park the records they cannot apply. */
    public static String deadLetters(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
