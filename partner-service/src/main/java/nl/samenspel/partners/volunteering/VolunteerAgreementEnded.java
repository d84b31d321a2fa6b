package nl.samenspel.partners.volunteering;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.AgreementId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;

/** The agreement ended before its end date; {@code endedOn} is its last day. */
public record VolunteerAgreementEnded(AgreementId agreementId, PersonId volunteerId, OrganisationId organisationId,
        LocalDate endedOn, Instant endedAt) {
}
