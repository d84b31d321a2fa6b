package nl.samenspel.contracts;

/**
 * A fact one service publishes for others: part of Samenspel's published language.
 *
 * <p>Integration events are deliberately narrower than the event-sourcing events a service stores:
 * they never carry personal data in clear, only pseudonymous ids, codes and counts. Each record is
 * annotated with {@link CloudEventType}, which fixes its CloudEvent {@code type} and schema version;
 * the matching JSON Schema lives under {@code schemas/<type>/v<version>.json} in this module.
 */
public interface IntegrationEvent {

    /**
     * The CloudEvent {@code subject} and the Kafka record key: the id of the thing the event is about
     * (a signal, case, network or client). Events with the same subject stay ordered.
     */
    String subject();
}
