package nl.samenspel.shared.messaging;

/**
 * A record whose CloudEvent {@code source} is not the service that owns its topic. Whoever wrote it, it is not a
 * fact of the owner, so it is not applied: it is dead-lettered and counted like a malformed record. The message
 * names the topic's owner, never the source the record claims (that text is the sender's, not ours).
 */
public class ForeignIntegrationEvent extends MalformedIntegrationEvent {

    public ForeignIntegrationEvent(String message) {
        super(message, null);
    }
}
