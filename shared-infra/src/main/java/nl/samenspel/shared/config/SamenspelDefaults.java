package nl.samenspel.shared.config;

import java.io.IOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code samenspel-defaults.properties} as the lowest-precedence property source, so the
 * settings every service shares (Axon serialisation, Kafka serialisers, actuator exposure) live in
 * one place and each service's own properties or environment can still override them.
 */
public class SamenspelDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Axon reads this as a system property only; its banner advertises a SaaS console we do not use.
        System.setProperty("disable-axoniq-console-message", "true");
        // Axon otherwise reports anonymous usage data to AxonIQ on every start: a privacy product does not phone home.
        System.setProperty("axoniq.update-checker.disabled", "true");
        try {
            new PropertiesPropertySourceLoader()
                    .load("samenspel-defaults", new ClassPathResource("samenspel-defaults.properties"))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new IllegalStateException("samenspel-defaults.properties is unreadable", e);
        }
    }
}
