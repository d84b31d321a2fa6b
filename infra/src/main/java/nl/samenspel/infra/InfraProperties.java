package nl.samenspel.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Values the build wrote into infra.properties (versions, and where Maven put the Keycloak zip). */
final class InfraProperties {

    private static final Properties VALUES = load();

    private InfraProperties() {
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = InfraProperties.class.getResourceAsStream("infra.properties")) {
            if (in == null) {
                throw new IllegalStateException("nl/samenspel/infra/infra.properties is missing: build the infra module with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static String get(String key) {
        String value = VALUES.getProperty(key);
        if (value == null || value.isBlank() || value.startsWith("@")) {
            throw new IllegalStateException("infra.properties has no value for " + key + ": build the infra module with Maven");
        }
        return value;
    }
}
