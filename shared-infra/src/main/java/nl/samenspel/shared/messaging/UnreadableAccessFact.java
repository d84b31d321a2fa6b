package nl.samenspel.shared.messaging;

/**
 * A fact that decides who may see what, in a schema version this service cannot read or with data that breaks its
 * schema. Skipping it would leave access as it was before the fact (a withdrawn covenant still open, a removed
 * member still in), so the consumer fails closed instead: {@link HaltedPartitions} stops its partition and reports
 * it until an operator deploys a service that reads the version, or decides to park the record. The message names
 * the place, type and version, never the data.
 */
public class UnreadableAccessFact extends RuntimeException {

    public UnreadableAccessFact(String message) {
        super(message);
    }

    public UnreadableAccessFact(String message, Throwable cause) {
        super(message, cause);
    }
}
