package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A network appointed its informal representative: the person (usually a professional) who speaks for
 * volunteer organisations and informal parties, and hands cases on to them. Replaces any earlier one.
 *
 * @param networkId      the network, also the subject
 * @param personId       the representative
 * @param organisationId the organisation the representative works for
 * @param appointedAt    when
 */
@CloudEventType(value = "nl.samenspel.partner.informal-representative-appointed", schemaVersion = 1)
public record InformalRepresentativeAppointedV1(
        String networkId,
        String personId,
        String organisationId,
        Instant appointedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return networkId;
    }
}
