package nl.samenspel.partners.volunteering;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import nl.samenspel.contracts.AgreementId;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Conclude a volunteer agreement with an informal helper of an organisation.
 *
 * @param limits  "tot zover en niet verder": what the volunteer will not do, in their own words
 * @param coachId the coaching professional, or null to assign one later
 */
public record ConcludeVolunteerAgreement(
        @TargetAggregateIdentifier AgreementId agreementId,
        PersonId volunteerId,
        Set<VolunteerTask> tasks,
        @PersonalData("a volunteer's personal limits") String limits,
        Set<DayOfWeek> availableDays,
        LocalDate startsOn,
        LocalDate endsOn,
        CapacityUnit capacityUnit,
        int capacity,
        PersonId coachId,
        Actor actor) {
}
