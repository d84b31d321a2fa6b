package nl.samenspel.shared.axon;

import java.util.List;

/**
 * Metadata every command and the events it causes carry: who acted, for which organisation, and the
 * trace. It is audit data, not decision data: aggregates decide on their command's fields only.
 */
public final class ActorMetadata {

    public static final String ACTOR = "actor";
    public static final String ORGANISATION = "organisation";
    public static final String TRACEPARENT = "traceparent";

    public static final List<String> KEYS = List.of(ACTOR, ORGANISATION, TRACEPARENT);

    private ActorMetadata() {
    }
}
