package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * An organisation took a service off the social map.
 *
 * @param serviceId      the service, also the subject
 * @param organisationId the organisation
 * @param withdrawnAt    when
 */
@CloudEventType(value = "nl.samenspel.partner.service-withdrawn", schemaVersion = 1)
public record ServiceWithdrawnV1(
        String serviceId,
        String organisationId,
        Instant withdrawnAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return serviceId;
    }
}
