package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.OverloadSource;

/**
 * A volunteer was flagged as overloaded, automatically when the load exceeded the capacity or by the coach.
 *
 * @param agreementId    the agreement, also the subject
 * @param volunteerId    the volunteer
 * @param organisationId the organisation
 * @param source         who raised the flag
 * @param flaggedAt      when
 */
@CloudEventType(value = "nl.samenspel.partner.volunteer-overload-flagged", schemaVersion = 1)
public record VolunteerOverloadFlaggedV1(
        String agreementId,
        String volunteerId,
        String organisationId,
        OverloadSource source,
        Instant flaggedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return agreementId;
    }
}
