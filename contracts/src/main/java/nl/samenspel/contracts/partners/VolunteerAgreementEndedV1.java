package nl.samenspel.contracts.partners;

import java.time.LocalDate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A volunteer agreement ended before its end date. One that reaches its end date ends without this event.
 *
 * @param agreementId    the agreement, also the subject
 * @param volunteerId    the volunteer
 * @param organisationId the organisation
 * @param endedOn        its last day
 */
@CloudEventType(value = "nl.samenspel.partner.volunteer-agreement-ended", schemaVersion = 1)
public record VolunteerAgreementEndedV1(
        String agreementId,
        String volunteerId,
        String organisationId,
        LocalDate endedOn) implements IntegrationEvent {

    @Override
    public String subject() {
        return agreementId;
    }
}
