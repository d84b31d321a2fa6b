package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A professional was assigned as a volunteer's coach under an agreement, replacing any earlier coach.
 *
 * @param agreementId the agreement, also the subject
 * @param volunteerId the volunteer
 * @param coachId     the coaching professional
 * @param assignedAt  when
 */
@CloudEventType(value = "nl.samenspel.partner.coach-assigned", schemaVersion = 1)
public record CoachAssignedV1(
        String agreementId,
        String volunteerId,
        String coachId,
        Instant assignedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return agreementId;
    }
}
