package nl.samenspel.partners.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.samenspel.contracts.AgreementId;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OverloadSource;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.contracts.partners.CoachAssignedV1;
import nl.samenspel.contracts.partners.VolunteerAgreementConcludedV1;
import nl.samenspel.contracts.partners.VolunteerAgreementEndedV1;
import nl.samenspel.contracts.partners.VolunteerLoadChangedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadClearedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadFlaggedV1;
import nl.samenspel.contracts.partners.VolunteerTrainingRecordedV1;
import nl.samenspel.testsupport.PersonalDataLeaks;
import org.junit.jupiter.api.Test;

class VolunteerAgreementIntegrationEventsTest {

    private static final Instant AT = Instant.parse("2026-11-24T09:15:00Z");
    private static final AgreementId AGREEMENT = AgreementId.random();
    private static final PersonId VOLUNTEER = PersonId.random();
    private static final OrganisationId ORGANISATION = OrganisationId.of("vrijwilligers-zuiderhaven");
    private static final String A = AGREEMENT.asString();
    private static final String V = VOLUNTEER.asString();

    @Test
    void publishesAConcludedAgreementWithoutItsLimitsAndWithSortedTasksAndDays() throws Exception {
        VolunteerAgreementConcluded stored = new VolunteerAgreementConcluded(AGREEMENT, VOLUNTEER, ORGANISATION,
                Set.of(VolunteerTask.TRANSPORT, VolunteerTask.COMPANIONSHIP, VolunteerTask.MEALS),
                "Ik help niet met geldzaken en niet bij mensen met een hond.",
                Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30),
                CapacityUnit.HOURS_PER_WEEK, 6, AT);

        VolunteerAgreementConcludedV1 published = (VolunteerAgreementConcludedV1) PersonalDataLeaks
                .assertPublishesNoPersonalData(new VolunteerAgreementIntegrationEvents.Concluded(), stored);

        assertThat(published).isEqualTo(new VolunteerAgreementConcludedV1(A, V, ORGANISATION.value(),
                List.of(VolunteerTask.COMPANIONSHIP, VolunteerTask.TRANSPORT, VolunteerTask.MEALS),
                List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30),
                CapacityUnit.HOURS_PER_WEEK, 6, AT));
    }

    @Test
    void publishesEveryOtherAgreementEventByIdsCountsAndDates() {
        PersonId coach = PersonId.random();
        assertThat(new VolunteerAgreementIntegrationEvents.Coach().translate(
                new CoachAssigned(AGREEMENT, VOLUNTEER, coach, AT)))
                .isEqualTo(new CoachAssignedV1(A, V, coach.asString(), AT));
        assertThat(new VolunteerAgreementIntegrationEvents.Training().translate(
                new VolunteerTrainingRecorded(AGREEMENT, VOLUNTEER, "Signaleren", LocalDate.of(2026, 11, 2))))
                .isEqualTo(new VolunteerTrainingRecordedV1(A, V, "Signaleren", LocalDate.of(2026, 11, 2)));
        assertThat(new VolunteerAgreementIntegrationEvents.Load().translate(
                new VolunteerLoadChanged(AGREEMENT, VOLUNTEER, ORGANISATION, 3, 2, CapacityUnit.CASES, AT)))
                .isEqualTo(new VolunteerLoadChangedV1(A, V, ORGANISATION.value(), 3, 2, CapacityUnit.CASES, AT));
        assertThat(new VolunteerAgreementIntegrationEvents.Flagged().translate(
                new VolunteerOverloadFlagged(AGREEMENT, VOLUNTEER, ORGANISATION, OverloadSource.COACH, AT)))
                .isEqualTo(new VolunteerOverloadFlaggedV1(A, V, ORGANISATION.value(), OverloadSource.COACH, AT));
        assertThat(new VolunteerAgreementIntegrationEvents.Cleared().translate(
                new VolunteerOverloadCleared(AGREEMENT, VOLUNTEER, ORGANISATION, AT)))
                .isEqualTo(new VolunteerOverloadClearedV1(A, V, ORGANISATION.value(), AT));
        assertThat(new VolunteerAgreementIntegrationEvents.Ended().translate(
                new VolunteerAgreementEnded(AGREEMENT, VOLUNTEER, ORGANISATION, LocalDate.of(2027, 1, 5), AT)))
                .isEqualTo(new VolunteerAgreementEndedV1(A, V, ORGANISATION.value(), LocalDate.of(2027, 1, 5)));
    }
}
