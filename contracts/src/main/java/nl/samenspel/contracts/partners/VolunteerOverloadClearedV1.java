package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A volunteer's overload flag was cleared.
 *
 * @param agreementId    the agreement, also the subject
 * @param volunteerId    the volunteer
 * @param organisationId the organisation
 * @param clearedAt      when
 */
@CloudEventType(value = "nl.samenspel.partner.volunteer-overload-cleared", schemaVersion = 1)
public record VolunteerOverloadClearedV1(
        String agreementId,
        String volunteerId,
        String organisationId,
        Instant clearedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return agreementId;
    }
}
