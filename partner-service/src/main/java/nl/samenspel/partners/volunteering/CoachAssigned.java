package nl.samenspel.partners.volunteering;

import java.time.Instant;
import nl.samenspel.contracts.AgreementId;
import nl.samenspel.contracts.PersonId;

/** A professional became the volunteer's coach under the agreement. */
public record CoachAssigned(AgreementId agreementId, PersonId volunteerId, PersonId coachId, Instant assignedAt) {
}
