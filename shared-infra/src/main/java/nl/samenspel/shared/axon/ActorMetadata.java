package nl.samenspel.shared.axon;

import java.util.List;

/**
 * Metadata every command and the events it causes carry: who acted, for which organisation, and the
 * trace. Mostly audit data; where a permission rule depends on state only the aggregate holds (is this the
 * network's coordinator?), the aggregate reads the acting organisation from here, since the controller could
 * only check it against a read model that may lag.
 */
public final class ActorMetadata {

    public static final String ACTOR = "actor";
    public static final String ORGANISATION = "organisation";
    public static final String TRACEPARENT = "traceparent";

    public static final List<String> KEYS = List.of(ACTOR, ORGANISATION, TRACEPARENT);

    private ActorMetadata() {
    }
}
