package nl.samenspel.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an {@link IntegrationEvent} record to its stable CloudEvent type and schema version.
 *
 * <p>The type never changes once published ({@code nl.samenspel.<service>.<event-name>}); a
 * change that breaks consumers gets a new record and a higher {@link #schemaVersion()}, published
 * beside the old one until every consumer has moved.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CloudEventType {

    String value();

    int schemaVersion();
}
