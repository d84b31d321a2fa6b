package nl.samenspel.partners.volunteering;

import java.time.Instant;
import nl.samenspel.contracts.AgreementId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OverloadSource;
import nl.samenspel.contracts.PersonId;

/** The volunteer was flagged as overloaded, automatically or by the coach. */
public record VolunteerOverloadFlagged(AgreementId agreementId, PersonId volunteerId, OrganisationId organisationId,
        OverloadSource source, Instant flaggedAt) {
}
