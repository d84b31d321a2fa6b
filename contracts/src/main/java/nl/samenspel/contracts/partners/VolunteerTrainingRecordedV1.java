package nl.samenspel.contracts.partners;

import java.time.LocalDate;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A volunteer completed a training.
 *
 * @param agreementId the agreement, also the subject
 * @param volunteerId the volunteer
 * @param training    what the training was, e.g. "Signaleren van huiselijk geweld"
 * @param completedOn when it was completed
 */
@CloudEventType(value = "nl.samenspel.partner.volunteer-training-recorded", schemaVersion = 1)
public record VolunteerTrainingRecordedV1(
        String agreementId,
        String volunteerId,
        String training,
        LocalDate completedOn) implements IntegrationEvent {

    @Override
    public String subject() {
        return agreementId;
    }
}
