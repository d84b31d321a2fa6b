package nl.samenspel.shared.messaging;

/**
 * A record that can never be processed (not a CloudEvent, or a payload that does not match its
 * schema). Retrying cannot help, so it goes to the dead-letter topic instead of blocking its partition.
 */
public class MalformedIntegrationEvent extends RuntimeException {

    public MalformedIntegrationEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
