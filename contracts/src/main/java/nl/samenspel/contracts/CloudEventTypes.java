package nl.samenspel.contracts;

import java.net.URI;
import java.util.Objects;

/** Reads the {@link CloudEventType} of an integration event class, and names its schema. */
public final class CloudEventTypes {

    private CloudEventTypes() {
    }

    public static CloudEventType of(Class<? extends IntegrationEvent> eventClass) {
        CloudEventType type = eventClass.getAnnotation(CloudEventType.class);
        return Objects.requireNonNull(type, () -> eventClass.getName() + " lacks @CloudEventType");
    }

    /** The CloudEvent {@code dataschema}: resolvable inside this module as {@link #schemaResource}. */
    public static URI dataSchema(CloudEventType type) {
        return URI.create("urn:samenspel:schema:" + type.value() + ":v" + type.schemaVersion());
    }

    public static String schemaResource(CloudEventType type) {
        return "schemas/" + type.value() + "/v" + type.schemaVersion() + ".json";
    }
}
