package nl.samenspel.shared.messaging;

import java.time.Instant;
import java.util.Optional;
import nl.samenspel.contracts.IntegrationEvent;

/** A consumed integration event with the CloudEvent attributes a consumer may need. */
public record IntegrationEventEnvelope(
        String id,
        String type,
        String source,
        String subject,
        Instant time,
        Optional<String> actor,
        Optional<String> actorOrganisation,
        IntegrationEvent payload) {
}
