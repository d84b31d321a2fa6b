package nl.samenspel.partners.volunteering;

import java.time.LocalDate;
import nl.samenspel.contracts.AgreementId;
import nl.samenspel.contracts.PersonId;

/** The volunteer completed a training. */
public record VolunteerTrainingRecorded(AgreementId agreementId, PersonId volunteerId, String training,
        LocalDate completedOn) {
}
