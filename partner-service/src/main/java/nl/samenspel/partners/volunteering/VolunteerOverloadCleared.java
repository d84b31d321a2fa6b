package nl.samenspel.partners.volunteering;

import java.time.Instant;
import nl.samenspel.contracts.AgreementId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;

/** The volunteer's overload flag was cleared. */
public record VolunteerOverloadCleared(AgreementId agreementId, PersonId volunteerId, OrganisationId organisationId,
        Instant clearedAt) {
}
