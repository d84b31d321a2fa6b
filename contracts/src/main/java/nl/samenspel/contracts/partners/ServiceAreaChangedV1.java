package nl.samenspel.contracts.partners;

import java.time.Instant;
import java.util.List;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A partner organisation now serves a different set of neighbourhoods; the list replaces the previous one.
 *
 * @param organisationId stable id of the organisation, also the CloudEvent subject
 * @param neighbourhoods CBS wijk ({@code WK} + 6 digits) and buurt ({@code BU} + 8 digits) codes it serves, sorted
 * @param changedAt      when the service area changed
 */
@CloudEventType(value = "nl.samenspel.partner.service-area-changed", schemaVersion = 1)
public record ServiceAreaChangedV1(
        String organisationId,
        List<String> neighbourhoods,
        Instant changedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return organisationId;
    }
}
