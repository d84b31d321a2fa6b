package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A volunteer's load or capacity changed. Counts only, for planning and accountability.
 *
 * @param agreementId    the agreement, also the subject
 * @param volunteerId    the volunteer
 * @param organisationId the organisation
 * @param load           current cases or hours per week
 * @param capacity       agreed maximum
 * @param capacityUnit   what both count
 * @param changedAt      when
 */
@CloudEventType(value = "nl.samenspel.partner.volunteer-load-changed", schemaVersion = 1)
public record VolunteerLoadChangedV1(
        String agreementId,
        String volunteerId,
        String organisationId,
        int load,
        int capacity,
        CapacityUnit capacityUnit,
        Instant changedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return agreementId;
    }
}
