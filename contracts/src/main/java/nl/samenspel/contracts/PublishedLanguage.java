package nl.samenspel.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspel.contracts.cases.SignalRaisedV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.contracts.partners.OrganisationRegisteredV1;
import nl.samenspel.contracts.partners.ServiceAreaChangedV1;

/** Every integration event type Samenspel publishes, so consumers can map a CloudEvent type to its record. */
public final class PublishedLanguage {

    public static final List<Class<? extends IntegrationEvent>> EVENTS = List.of(
            SignalRaisedV1.class,
            NetworkRegisteredV1.class,
            OrganisationRegisteredV1.class,
            ServiceAreaChangedV1.class);

    private static final Map<String, Class<? extends IntegrationEvent>> BY_TYPE_AND_VERSION = EVENTS.stream()
            .collect(Collectors.toUnmodifiableMap(PublishedLanguage::key, Function.identity()));

    private PublishedLanguage() {
    }

    public static Optional<Class<? extends IntegrationEvent>> eventClass(String type, int schemaVersion) {
        return Optional.ofNullable(BY_TYPE_AND_VERSION.get(type + "/v" + schemaVersion));
    }

    private static String key(Class<? extends IntegrationEvent> eventClass) {
        CloudEventType type = CloudEventTypes.of(eventClass);
        return type.value() + "/v" + type.schemaVersion();
    }
}
