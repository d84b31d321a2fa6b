package nl.samenspel.partners.volunteering;

import static nl.samenspel.testsupport.DomainMatchers.codeIs;
import static nl.samenspel.testsupport.DomainMatchers.fieldIs;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.contracts.AgreementId;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OverloadSource;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.partners.people.FixedParties;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;



import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class VolunteerAgreementTest {

    /** 23:30 UTC on the 24th is already the 25th in Amsterdam: agreements run on Dutch days. */
    private static final Instant NOW = Instant.parse("2026-11-24T23:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant CONCLUDED = Instant.parse("2026-11-01T09:00:00Z");
    private static final AgreementId AGREEMENT = AgreementId.of("0b6a2c1e-8d3f-4e5a-9b7c-1d2e3f4a5b6c");
    private static final OrganisationId VOLUNTEERS = OrganisationId.of("vrijwilligers-zuiderhaven");
    private static final OrganisationId OTHER = OrganisationId.of("andere-organisatie");
    private static final PersonId VOLUNTEER = PersonId.of("11111111-1111-4111-8111-111111111111");
    private static final PersonId CARER = PersonId.of("22222222-2222-4222-8222-222222222222");
    private static final PersonId COACH = PersonId.of("33333333-3333-4333-8333-333333333333");
    private static final PersonId OTHER_COACH = PersonId.of("44444444-4444-4444-8444-444444444444");
    private static final PersonId BUDDY = PersonId.of("55555555-5555-4555-8555-555555555555");
    private static final PersonId UNKNOWN = PersonId.of("66666666-6666-4666-8666-666666666666");
    private static final String COACH_ACCOUNT = "account-coach";
    private static final String LIMITS = "Geen lichamelijke verzorging; niet na 21:00 uur.";
    private static final Set<VolunteerTask> TASKS = Set.of(VolunteerTask.COMPANIONSHIP, VolunteerTask.TRANSPORT);
    private static final Set<DayOfWeek> DAYS = Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
    private static final LocalDate STARTS = LocalDate.of(2026, 11, 1);
    private static final LocalDate ENDS = LocalDate.of(2027, 10, 31);

    /** A professional of the volunteer organisation. */
    private static final Actor ORGANISATION = professionalOf(VOLUNTEERS, "someone");
    /** A coordinator of the volunteer organisation itself. */
    private static final Actor COORDINATOR = new Actor("coordinator", Optional.of(VOLUNTEERS),
            Set.of(Roles.NETWORK_COORDINATOR));
    /** The coordinator of a network the volunteer organisation takes part in, of another organisation. */
    private static final Actor NETWORK_COORDINATOR = new Actor("network-coordinator",
            Optional.of(OrganisationId.of("welzijn-zuiderhaven")), Set.of(Roles.NETWORK_COORDINATOR));
    private static final Actor THE_COACH = professionalOf(VOLUNTEERS, COACH_ACCOUNT);

    private AggregateTestFixture<VolunteerAgreement> fixture;

    private static Actor professionalOf(OrganisationId organisation, String account) {
        return new Actor(account, Optional.of(organisation), Set.of(Roles.PROFESSIONAL));
    }

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(VolunteerAgreement.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        // The volunteer organisation takes part in the network of welzijn-zuiderhaven.
        fixture.registerInjectableResource(new PartnerPermissions(coordinating -> coordinating.value()
                .equals("welzijn-zuiderhaven") ? Set.of(VOLUNTEERS) : Set.of()));
        fixture.registerInjectableResource(new FixedParties()
                .person(VOLUNTEER, PersonKind.VOLUNTEER, VOLUNTEERS, "account-volunteer")
                .person(BUDDY, PersonKind.BUDDY, VOLUNTEERS, null)
                .person(CARER, PersonKind.FAMILY_CARER, null, null)
                .person(COACH, PersonKind.PROFESSIONAL, VOLUNTEERS, COACH_ACCOUNT)
                .person(OTHER_COACH, PersonKind.PROFESSIONAL, OTHER, "account-other-coach"));
    }

    private static ConcludeVolunteerAgreement conclude(PersonId volunteer, Set<VolunteerTask> tasks, String limits,
            Set<DayOfWeek> days, LocalDate startsOn, LocalDate endsOn, int capacity, PersonId coach,
            Actor requester) {
        return new ConcludeVolunteerAgreement(AGREEMENT, volunteer, tasks, limits, days, startsOn, endsOn,
                CapacityUnit.CASES, capacity, coach, requester);
    }

    private static ConcludeVolunteerAgreement valid() {
        return conclude(VOLUNTEER, TASKS, LIMITS, DAYS, STARTS, ENDS, 2, null, ORGANISATION);
    }

    private static VolunteerAgreementConcluded concluded() {
        return concluded(ENDS);
    }

    private static VolunteerAgreementConcluded concluded(LocalDate endsOn) {
        return new VolunteerAgreementConcluded(AGREEMENT, VOLUNTEER, VOLUNTEERS, TASKS, LIMITS, DAYS, STARTS, endsOn,
                CapacityUnit.CASES, 2, CONCLUDED);
    }

    private static CoachAssigned coached() {
        return new CoachAssigned(AGREEMENT, VOLUNTEER, COACH, CONCLUDED);
    }

    private static VolunteerLoadChanged load(int load, int capacity, Instant at) {
        return new VolunteerLoadChanged(AGREEMENT, VOLUNTEER, VOLUNTEERS, load, capacity, CapacityUnit.CASES, at);
    }

    private static VolunteerOverloadFlagged flagged(OverloadSource source, Instant at) {
        return new VolunteerOverloadFlagged(AGREEMENT, VOLUNTEER, VOLUNTEERS, source, at);
    }

    private static VolunteerOverloadCleared cleared(Instant at) {
        return new VolunteerOverloadCleared(AGREEMENT, VOLUNTEER, VOLUNTEERS, at);
    }

    // Concluding

    @Test
    void theOrganisationConcludesAnAgreementForItsVolunteer() {
        fixture.givenNoPriorActivity()
                .when(valid())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new VolunteerAgreementConcluded(AGREEMENT, VOLUNTEER, VOLUNTEERS, TASKS, LIMITS, DAYS,
                        STARTS, ENDS, CapacityUnit.CASES, 2, NOW));
    }

    @Test
    void aCoachGivenAtConclusionIsAssignedInTheSameStep() {
        fixture.givenNoPriorActivity()
                .when(conclude(BUDDY, TASKS, LIMITS, DAYS, STARTS, STARTS, 60, COACH, COORDINATOR))
                .expectEvents(new VolunteerAgreementConcluded(AGREEMENT, BUDDY, VOLUNTEERS, TASKS, LIMITS, DAYS,
                                STARTS, STARTS, CapacityUnit.CASES, 60, NOW),
                        new CoachAssigned(AGREEMENT, BUDDY, COACH, NOW));
    }

    @Test
    void aCoachMayComeFromAnotherOrganisation() {
        fixture.givenNoPriorActivity()
                .when(conclude(VOLUNTEER, TASKS, LIMITS, DAYS, STARTS, ENDS, 2, OTHER_COACH, ORGANISATION))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anotherOrganisationMayNotConcludeAnAgreement() {
        fixture.givenNoPriorActivity()
                .when(conclude(VOLUNTEER, TASKS, LIMITS, DAYS, STARTS, ENDS, 2, null,
                        professionalOf(OTHER, "someone")))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnUnknownVolunteer() {
        refuses(conclude(UNKNOWN, TASKS, LIMITS, DAYS, STARTS, ENDS, 2, null, COORDINATOR), "volunteerId");
        refuses(conclude(null, TASKS, LIMITS, DAYS, STARTS, ENDS, 2, null, COORDINATOR), "volunteerId");
    }

    @Test
    void refusesAProfessionalAsVolunteer() {
        violates(conclude(COACH, TASKS, LIMITS, DAYS, STARTS, ENDS, 2, null, COORDINATOR),
                "volunteer-is-a-professional");
    }

    @Test
    void refusesAFamilyCarerWithoutOrganisation() {
        violates(conclude(CARER, TASKS, LIMITS, DAYS, STARTS, ENDS, 2, null, COORDINATOR),
                "volunteer-without-organisation");
    }

    @Test
    void refusesAnUnknownCoach() {
        refuses(conclude(VOLUNTEER, TASKS, LIMITS, DAYS, STARTS, ENDS, 2, UNKNOWN, ORGANISATION), "coachId");
    }

    @Test
    void refusesACoachWhoIsNoProfessional() {
        violates(conclude(VOLUNTEER, TASKS, LIMITS, DAYS, STARTS, ENDS, 2, BUDDY, ORGANISATION),
                "coach-not-a-professional");
    }

    @Test
    void refusesAnAgreementWithoutTasks() {
        refuses(conclude(VOLUNTEER, Set.of(), LIMITS, DAYS, STARTS, ENDS, 2, null, ORGANISATION), "tasks");
        refuses(conclude(VOLUNTEER, null, LIMITS, DAYS, STARTS, ENDS, 2, null, ORGANISATION), "tasks");
        Set<VolunteerTask> withNull = new HashSet<>(TASKS);
        withNull.add(null);
        refuses(conclude(VOLUNTEER, withNull, LIMITS, DAYS, STARTS, ENDS, 2, null, ORGANISATION), "tasks");
    }

    @Test
    void refusesAnAgreementWithoutDays() {
        refuses(conclude(VOLUNTEER, TASKS, LIMITS, Set.of(), STARTS, ENDS, 2, null, ORGANISATION), "availableDays");
        refuses(conclude(VOLUNTEER, TASKS, LIMITS, null, STARTS, ENDS, 2, null, ORGANISATION), "availableDays");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Geen verzorging.\nNiet 's avonds.", "Geen\u0000"})
    void refusesBlankLimitsOrLimitsWithControlCharacters(String limits) {
        refuses(conclude(VOLUNTEER, TASKS, limits, DAYS, STARTS, ENDS, 2, null, ORGANISATION), "limits");
    }

    @Test
    void limitsAreAtMost500Characters() {
        refuses(conclude(VOLUNTEER, TASKS, null, DAYS, STARTS, ENDS, 2, null, ORGANISATION), "limits");
        refuses(conclude(VOLUNTEER, TASKS, "l".repeat(501), DAYS, STARTS, ENDS, 2, null, ORGANISATION), "limits");
        fixture.givenNoPriorActivity()
                .when(conclude(VOLUNTEER, TASKS, "l".repeat(500), DAYS, STARTS, ENDS, 2, null, ORGANISATION))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAnAgreementEndingBeforeItStarts() {
        refuses(conclude(VOLUNTEER, TASKS, LIMITS, DAYS, STARTS, STARTS.minusDays(1), 2, null, ORGANISATION),
                "endsOn");
    }

    @Test
    void refusesDatesOutsideTheWindowsAnAgreementNeeds() {
        refuses(conclude(VOLUNTEER, TASKS, LIMITS, DAYS, TODAY.minusYears(10).minusDays(1), ENDS, 2, null,
                ORGANISATION), "startsOn");
        refuses(conclude(VOLUNTEER, TASKS, LIMITS, DAYS, TODAY.plusYears(1).plusDays(1), TODAY.plusYears(2), 2, null,
                ORGANISATION), "startsOn");
        refuses(conclude(VOLUNTEER, TASKS, LIMITS, DAYS, STARTS, TODAY.plusYears(5).plusDays(1), 2, null,
                ORGANISATION), "endsOn");
        refuses(conclude(VOLUNTEER, TASKS, LIMITS, DAYS, STARTS, LocalDate.MAX, 2, null, ORGANISATION), "endsOn");
        fixture.givenNoPriorActivity()
                .when(conclude(VOLUNTEER, TASKS, LIMITS, DAYS, TODAY.minusYears(10), TODAY.plusYears(5), 2, null,
                        ORGANISATION))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesMissingDates() {
        refuses(conclude(VOLUNTEER, TASKS, LIMITS, DAYS, null, ENDS, 2, null, ORGANISATION), "startsOn");
        refuses(conclude(VOLUNTEER, TASKS, LIMITS, DAYS, STARTS, null, 2, null, ORGANISATION), "endsOn");
    }

    @Test
    void refusesAMissingCapacityUnit() {
        refuses(new ConcludeVolunteerAgreement(AGREEMENT, VOLUNTEER, TASKS, LIMITS, DAYS, STARTS, ENDS, null, 2, null,
                ORGANISATION), "capacityUnit");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, VolunteerAgreement.MAX_CAPACITY + 1})
    void refusesACapacityOutOfRange(int capacity) {
        refuses(conclude(VOLUNTEER, TASKS, LIMITS, DAYS, STARTS, ENDS, capacity, null, ORGANISATION), "capacity");
    }

    // Coach

    @Test
    void assignsACoach() {
        fixture.given(concluded())
                .when(new AssignCoach(AGREEMENT, COACH, ORGANISATION))
                .expectEvents(new CoachAssigned(AGREEMENT, VOLUNTEER, COACH, NOW));
    }

    @Test
    void replacesTheCoach() {
        fixture.given(concluded(), coached())
                .when(new AssignCoach(AGREEMENT, OTHER_COACH, COORDINATOR))
                .expectEvents(new CoachAssigned(AGREEMENT, VOLUNTEER, OTHER_COACH, NOW));
    }

    @Test
    void refusesTheSameCoachAgain() {
        fixture.given(concluded(), coached())
                .when(new AssignCoach(AGREEMENT, COACH, ORGANISATION))
                .expectException(codeIs("coach-already-assigned"))
                .expectNoEvents();
    }

    @Test
    void refusesACoachWhoIsNotAProfessionalOrUnknown() {
        fixture.given(concluded())
                .when(new AssignCoach(AGREEMENT, BUDDY, ORGANISATION))
                .expectException(codeIs("coach-not-a-professional"))
                .expectNoEvents();
        fixture.given(concluded())
                .when(new AssignCoach(AGREEMENT, UNKNOWN, ORGANISATION))
                .expectException(fieldIs("coachId"))
                .expectNoEvents();
        fixture.given(concluded())
                .when(new AssignCoach(AGREEMENT, null, ORGANISATION))
                .expectException(fieldIs("coachId"))
                .expectNoEvents();
    }

    @Test
    void anotherOrganisationMayNotAssignACoach() {
        notPermitted(new AssignCoach(AGREEMENT, COACH, professionalOf(OTHER, "someone")));
    }

    // Training

    @Test
    void recordsATrainingCompletedToday() {
        fixture.given(concluded())
                .when(new RecordTraining(AGREEMENT, "Signaleren van huiselijk geweld", TODAY, ORGANISATION))
                .expectEvents(new VolunteerTrainingRecorded(AGREEMENT, VOLUNTEER, "Signaleren van huiselijk geweld",
                        TODAY));
    }

    @Test
    void refusesATrainingCompletedInTheFuture() {
        fixture.given(concluded())
                .when(new RecordTraining(AGREEMENT, "Signaleren", TODAY.plusDays(1), ORGANISATION))
                .expectException(fieldIs("completedOn"))
                .expectNoEvents();
        fixture.given(concluded())
                .when(new RecordTraining(AGREEMENT, "Signaleren", TODAY.minusYears(30).minusDays(1), ORGANISATION))
                .expectException(fieldIs("completedOn"))
                .expectNoEvents();
        fixture.given(concluded())
                .when(new RecordTraining(AGREEMENT, "Signaleren", null, ORGANISATION))
                .expectException(fieldIs("completedOn"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Signaleren\nvan geweld", "Signaleren\u0007"})
    void refusesABlankTrainingOrOneWithControlCharacters(String training) {
        fixture.given(concluded())
                .when(new RecordTraining(AGREEMENT, training, TODAY, ORGANISATION))
                .expectException(fieldIs("training"))
                .expectNoEvents();
    }

    @Test
    void aTrainingTitleIsAtMost120Characters() {
        fixture.given(concluded())
                .when(new RecordTraining(AGREEMENT, "t".repeat(121), TODAY, ORGANISATION))
                .expectException(fieldIs("training"))
                .expectNoEvents();
        fixture.given(concluded())
                .when(new RecordTraining(AGREEMENT, "t".repeat(120), TODAY, ORGANISATION))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesTheSameTrainingOnTheSameDayTwice() {
        fixture.given(concluded(), new VolunteerTrainingRecorded(AGREEMENT, VOLUNTEER, "Signaleren", TODAY))
                .when(new RecordTraining(AGREEMENT, "Signaleren", TODAY, ORGANISATION))
                .expectException(codeIs("training-already-recorded"))
                .expectNoEvents();
    }

    @Test
    void anotherOrganisationMayNotRecordATraining() {
        notPermitted(new RecordTraining(AGREEMENT, "Signaleren", TODAY,
                professionalOf(OTHER, "someone")));
    }

    // Load, capacity and the automatic flag

    @Test
    void aLoadWithinCapacityChangesOnlyTheLoad() {
        fixture.given(concluded())
                .when(new RecordLoad(AGREEMENT, 2, ORGANISATION))
                .expectEvents(load(2, 2, NOW));
    }

    @Test
    void aLoadAboveCapacityRaisesTheFlagAutomatically() {
        fixture.given(concluded())
                .when(new RecordLoad(AGREEMENT, 3, ORGANISATION))
                .expectEvents(load(3, 2, NOW), flagged(OverloadSource.AUTOMATIC, NOW));
    }

    @Test
    void aLoadStillAboveCapacityDoesNotFlagTwice() {
        fixture.given(concluded(), load(3, 2, CONCLUDED), flagged(OverloadSource.AUTOMATIC, CONCLUDED))
                .when(new RecordLoad(AGREEMENT, 4, ORGANISATION))
                .expectEvents(load(4, 2, NOW));
    }

    @Test
    void aLoadBackWithinCapacityClearsAnAutomaticFlag() {
        fixture.given(concluded(), load(3, 2, CONCLUDED), flagged(OverloadSource.AUTOMATIC, CONCLUDED))
                .when(new RecordLoad(AGREEMENT, 2, ORGANISATION))
                .expectEvents(load(2, 2, NOW), cleared(NOW));
    }

    @Test
    void aLoadBackWithinCapacityLeavesTheCoachsFlag() {
        fixture.given(concluded(), coached(), flagged(OverloadSource.COACH, CONCLUDED))
                .when(new RecordLoad(AGREEMENT, 1, ORGANISATION))
                .expectEvents(load(1, 2, NOW));
    }

    @Test
    void aLoweredCapacityBelowTheLoadRaisesTheFlag() {
        fixture.given(concluded(), load(2, 2, CONCLUDED))
                .when(new SetCapacity(AGREEMENT, 1, ORGANISATION))
                .expectEvents(load(2, 1, NOW), flagged(OverloadSource.AUTOMATIC, NOW));
    }

    @Test
    void aRaisedCapacityClearsAnAutomaticFlag() {
        fixture.given(concluded(), load(3, 2, CONCLUDED), flagged(OverloadSource.AUTOMATIC, CONCLUDED))
                .when(new SetCapacity(AGREEMENT, 3, COORDINATOR))
                .expectEvents(load(3, 3, NOW), cleared(NOW));
    }

    @Test
    void refusesAnUnchangedLoadOrCapacity() {
        fixture.given(concluded(), load(1, 2, CONCLUDED))
                .when(new RecordLoad(AGREEMENT, 1, ORGANISATION))
                .expectException(codeIs("load-unchanged"))
                .expectNoEvents();
        fixture.given(concluded())
                .when(new SetCapacity(AGREEMENT, 2, ORGANISATION))
                .expectException(codeIs("capacity-unchanged"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, VolunteerAgreement.MAX_LOAD + 1})
    void refusesALoadOutOfRange(int value) {
        fixture.given(concluded())
                .when(new RecordLoad(AGREEMENT, value, ORGANISATION))
                .expectException(fieldIs("load"))
                .expectNoEvents();
    }

    @Test
    void acceptsTheHighestLoad() {
        fixture.given(concluded())
                .when(new RecordLoad(AGREEMENT, VolunteerAgreement.MAX_LOAD, ORGANISATION))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, VolunteerAgreement.MAX_CAPACITY + 1})
    void refusesACapacityOutOfRangeWhenSet(int value) {
        fixture.given(concluded())
                .when(new SetCapacity(AGREEMENT, value, ORGANISATION))
                .expectException(fieldIs("capacity"))
                .expectNoEvents();
    }

    @Test
    void anotherOrganisationMayNotChangeLoadOrCapacity() {
        Actor other = professionalOf(OTHER, "someone");
        notPermitted(new RecordLoad(AGREEMENT, 1, other));
        notPermitted(new SetCapacity(AGREEMENT, 1, other));
    }

    // The coach's flag

    @Test
    void theCoachRaisesTheFlag() {
        fixture.given(concluded(), coached())
                .when(new RaiseOverloadFlag(AGREEMENT, THE_COACH))
                .expectEvents(flagged(OverloadSource.COACH, NOW));
    }

    @Test
    void onlyTheCoachRaisesTheFlag() {
        fixture.given(concluded(), coached())
                .when(new RaiseOverloadFlag(AGREEMENT, COORDINATOR))
                .expectException(NotPermitted.class)
                .expectNoEvents();
        fixture.given(concluded(), coached())
                .when(new RaiseOverloadFlag(AGREEMENT, ORGANISATION))
                .expectException(NotPermitted.class)
                .expectNoEvents();
        fixture.given(concluded())
                .when(new RaiseOverloadFlag(AGREEMENT, THE_COACH))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void refusesRaisingAFlagThatIsUp() {
        fixture.given(concluded(), coached(), load(3, 2, CONCLUDED), flagged(OverloadSource.AUTOMATIC, CONCLUDED))
                .when(new RaiseOverloadFlag(AGREEMENT, THE_COACH))
                .expectException(codeIs("already-flagged"))
                .expectNoEvents();
    }

    @Test
    void theCoachClearsTheirFlag() {
        fixture.given(concluded(), coached(), flagged(OverloadSource.COACH, CONCLUDED))
                .when(new ClearOverloadFlag(AGREEMENT, THE_COACH))
                .expectEvents(cleared(NOW));
    }

    @Test
    void aCoordinatorClearsTheFlag() {
        fixture.given(concluded(), coached(), flagged(OverloadSource.COACH, CONCLUDED))
                .when(new ClearOverloadFlag(AGREEMENT, COORDINATOR))
                .expectEvents(cleared(NOW));
    }

    @Test
    void theOrganisationMayNotClearTheFlag() {
        fixture.given(concluded(), coached(), flagged(OverloadSource.COACH, CONCLUDED))
                .when(new ClearOverloadFlag(AGREEMENT, ORGANISATION))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void refusesClearingAFlagThatIsDown() {
        fixture.given(concluded(), coached())
                .when(new ClearOverloadFlag(AGREEMENT, THE_COACH))
                .expectException(codeIs("not-flagged"))
                .expectNoEvents();
    }

    @Test
    void refusesClearingWhileTheLoadExceedsTheCapacity() {
        fixture.given(concluded(), coached(), load(3, 2, CONCLUDED), flagged(OverloadSource.AUTOMATIC, CONCLUDED))
                .when(new ClearOverloadFlag(AGREEMENT, THE_COACH))
                .expectException(codeIs("load-exceeds-capacity"))
                .expectNoEvents();
    }

    // Ending

    @Test
    void endsTheAgreementToday() {
        fixture.given(concluded())
                .when(new EndVolunteerAgreement(AGREEMENT, ORGANISATION))
                .expectEvents(new VolunteerAgreementEnded(AGREEMENT, VOLUNTEER, VOLUNTEERS, TODAY, NOW));
    }

    @Test
    void endsOnItsLastDay() {
        fixture.given(concluded(TODAY))
                .when(new EndVolunteerAgreement(AGREEMENT, COORDINATOR))
                .expectEvents(new VolunteerAgreementEnded(AGREEMENT, VOLUNTEER, VOLUNTEERS, TODAY, NOW));
    }

    @Test
    void refusesEndingTwice() {
        fixture.given(concluded(), new VolunteerAgreementEnded(AGREEMENT, VOLUNTEER, VOLUNTEERS, STARTS, CONCLUDED))
                .when(new EndVolunteerAgreement(AGREEMENT, ORGANISATION))
                .expectException(codeIs("agreement-ended"))
                .expectNoEvents();
    }

    @Test
    void refusesEndingAfterTheEndDate() {
        fixture.given(concluded(TODAY.minusDays(1)))
                .when(new EndVolunteerAgreement(AGREEMENT, ORGANISATION))
                .expectException(codeIs("agreement-expired"))
                .expectNoEvents();
    }

    @Test
    void anotherOrganisationMayNotEndTheAgreement() {
        notPermitted(new EndVolunteerAgreement(AGREEMENT, professionalOf(OTHER, "someone")));
    }

    @Test
    void anEndedAgreementTakesNoMoreChanges() {
        VolunteerAgreementEnded ended = new VolunteerAgreementEnded(AGREEMENT, VOLUNTEER, VOLUNTEERS, STARTS,
                CONCLUDED);
        for (Object command : new Object[] {new AssignCoach(AGREEMENT, COACH, ORGANISATION),
                new RecordTraining(AGREEMENT, "Signaleren", TODAY, ORGANISATION),
                new SetCapacity(AGREEMENT, 3, ORGANISATION), new RecordLoad(AGREEMENT, 1, ORGANISATION),
                new RaiseOverloadFlag(AGREEMENT, THE_COACH)}) {
            fixture.given(concluded(), coached(), ended)
                    .when(command)
                    .expectException(codeIs("agreement-ended"))
                    .expectNoEvents();
        }
    }

    @Test
    void anExpiredAgreementTakesNoMoreChanges() {
        fixture.given(concluded(TODAY.minusDays(1)))
                .when(new RecordLoad(AGREEMENT, 3, ORGANISATION))
                .expectException(codeIs("agreement-expired"))
                .expectNoEvents();
    }

    private void notPermitted(Object command) {
        fixture.given(concluded(), coached())
                .when(command)
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    private void refuses(ConcludeVolunteerAgreement command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(InvalidField.class)
                .expectException(fieldIs(field))
                .expectNoEvents();
    }

    private ResultValidator<VolunteerAgreement> violates(ConcludeVolunteerAgreement command, String code) {
        return fixture.givenNoPriorActivity()
                .when(command)
                .expectException(RuleViolation.class)
                .expectException(codeIs(code))
                .expectNoEvents();
    }

}
