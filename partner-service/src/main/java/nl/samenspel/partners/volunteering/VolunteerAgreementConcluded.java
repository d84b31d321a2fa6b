package nl.samenspel.partners.volunteering;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.samenspel.contracts.AgreementId;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.shared.privacy.PersonalData;

/** A volunteer agreement was concluded. The limits in words never leave partner-service. */
public record VolunteerAgreementConcluded(
        AgreementId agreementId,
        PersonId volunteerId,
        OrganisationId organisationId,
        Set<VolunteerTask> tasks,
        @PersonalData("a volunteer's personal limits") String limits,
        Set<DayOfWeek> availableDays,
        LocalDate startsOn,
        LocalDate endsOn,
        CapacityUnit capacityUnit,
        int capacity,
        Instant concludedAt) {
}
