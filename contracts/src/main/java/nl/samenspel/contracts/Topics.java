package nl.samenspel.contracts;

/**
 * One Kafka topic per publishing service. Records are keyed by {@link IntegrationEvent#subject()},
 * so everything about one case, signal or network lands on one partition, in order.
 */
public final class Topics {

    public static final String CASE_EVENTS = "samenspel.case.events";
    public static final String PARTNER_EVENTS = "samenspel.partner.events";
    public static final String CONSENT_EVENTS = "samenspel.consent.events";
    public static final String REPORTING_EVENTS = "samenspel.reporting.events";

    private Topics() {
    }
}
