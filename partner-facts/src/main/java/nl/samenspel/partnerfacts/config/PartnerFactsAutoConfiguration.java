package nl.samenspel.partnerfacts.config;

import java.time.Clock;
import nl.samenspel.partnerfacts.PartnerFactsProjection;
import nl.samenspel.partnerfacts.PartnerFactsTables;
import nl.samenspel.partnerfacts.PartnerNetworks;
import nl.samenspel.partnerfacts.VolunteerAgreements;
import nl.samenspel.partnerfacts.access.LocalPartyAccess;
import nl.samenspel.partnerfacts.access.PartyAccess;
import nl.samenspel.shared.messaging.IntegrationEventReader;
import nl.samenspel.shared.messaging.ProcessedEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A service that has this library on its classpath keeps partner facts in its own database (tables from
 * {@code db/migration/partnerfacts}, run by the service's Flyway) under its own Kafka consumer group, and gets
 * {@link PartyAccess} to decide on them.
 */
@AutoConfiguration(afterName = {"nl.samenspel.shared.config.SamenspelAxonAutoConfiguration",
        "nl.samenspel.shared.config.SamenspelMessagingAutoConfiguration"})
public class PartnerFactsAutoConfiguration {

    @Bean
    PartnerFactsTables partnerFactsTables(JdbcTemplate jdbc) {
        return new PartnerFactsTables(jdbc);
    }

    @Bean
    PartnerFactsProjection partnerFactsProjection(IntegrationEventReader reader, ProcessedEvents processed,
            PartnerFactsTables tables, @Value("${spring.application.name}") String applicationName) {
        return new PartnerFactsProjection(reader, processed, tables, applicationName);
    }

    @Bean
    PartnerNetworks partnerNetworks(JdbcTemplate jdbc) {
        return new PartnerNetworks(jdbc);
    }

    @Bean
    VolunteerAgreements volunteerAgreements(JdbcTemplate jdbc) {
        return new VolunteerAgreements(jdbc);
    }

    @Bean
    PartyAccess partyAccess(JdbcTemplate jdbc, Clock clock) {
        return new LocalPartyAccess(jdbc, clock);
    }
}
