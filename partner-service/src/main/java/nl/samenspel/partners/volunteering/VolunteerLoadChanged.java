package nl.samenspel.partners.volunteering;

import java.time.Instant;
import nl.samenspel.contracts.AgreementId;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;

/** The volunteer's load or capacity changed; both are carried, so every reader sees the pair they compare. */
public record VolunteerLoadChanged(AgreementId agreementId, PersonId volunteerId, OrganisationId organisationId,
        int load, int capacity, CapacityUnit capacityUnit, Instant changedAt) {
}
