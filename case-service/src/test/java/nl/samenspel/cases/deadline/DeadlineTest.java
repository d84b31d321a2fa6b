package nl.samenspel.cases.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.samenspel.cases.CaseId;
import nl.samenspel.testsupport.DomainMatchers;
import nl.samenspel.contracts.NetworkId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final CaseId CASE = CaseId.random();
    private static final NetworkId OGGZ = NetworkId.of("oggz-zuiderhaven");
    private static final DeadlineId REFERRAL = DeadlineId.of(DeadlineKind.REFERRAL_ANSWER, UUID.randomUUID());
    private static final LocalDate DUE_ON = LocalDate.parse("2026-12-01");
    /** Late from midnight after the due day, Dutch time. */
    private static final Instant OVERDUE_AT = Instant.parse("2026-12-01T23:00:00Z");

    private AggregateTestFixture<Deadline> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Deadline.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static DeadlineScheduled scheduled() {
        return new DeadlineScheduled(REFERRAL, CASE, OGGZ, "ggz-zuiderhaven", DUE_ON, OVERDUE_AT, NOW);
    }

    @Test
    void aReferralAnswerIsWatchedUntilTheEndOfItsDueDay() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleDeadline(REFERRAL, CASE, OGGZ, "ggz-zuiderhaven", DUE_ON))
                .expectEvents(scheduled());
    }

    @Test
    void anAftercareReviewFallsDueAtTheStartOfItsDay() {
        DeadlineId review = DeadlineId.of(DeadlineKind.AFTERCARE_REVIEW, CASE.value());
        fixture.givenNoPriorActivity()
                .when(new ScheduleDeadline(review, CASE, OGGZ, null, DUE_ON))
                .expectEvents(new DeadlineScheduled(review, CASE, OGGZ, null, DUE_ON,
                        Instant.parse("2026-11-30T23:00:00Z"), NOW));
    }

    @Test
    void aHandoverToAnInformalHelperNamesThePerson() {
        DeadlineId handover = DeadlineId.of(DeadlineKind.HANDOVER_ACCEPTANCE, UUID.randomUUID());
        String person = UUID.randomUUID().toString();
        fixture.givenNoPriorActivity()
                .when(new ScheduleDeadline(handover, CASE, OGGZ, person, DUE_ON))
                .expectEvents(new DeadlineScheduled(handover, CASE, OGGZ, person, DUE_ON, OVERDUE_AT, NOW));
    }

    @Test
    void anAnswerDeadlineWithoutCounterpartIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleDeadline(REFERRAL, CASE, OGGZ, null, DUE_ON))
                .expectException(DomainMatchers.fieldIs("counterpartId"))
                .expectNoEvents();
    }

    @Test
    void aReviewWithACounterpartIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleDeadline(DeadlineId.of(DeadlineKind.FOLLOW_UP_REVIEW, CASE.value()), CASE, OGGZ,
                        "ggd-zuiderhaven", DUE_ON))
                .expectException(DomainMatchers.fieldIs("counterpartId"))
                .expectNoEvents();
    }

    @Test
    void aDeadlineWithoutDueDateOrCaseIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleDeadline(REFERRAL, CASE, OGGZ, "ggz-zuiderhaven", null))
                .expectException(DomainMatchers.fieldIs("dueOn"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ScheduleDeadline(REFERRAL, null, OGGZ, "ggz-zuiderhaven", DUE_ON))
                .expectException(DomainMatchers.fieldIs("caseId"))
                .expectNoEvents();
    }

    @Test
    void anAnswerInTimeMeetsTheDeadline() {
        fixture.given(scheduled())
                .when(new MeetDeadline(REFERRAL))
                .expectEvents(new DeadlineMet(REFERRAL, NOW));
    }

    @Test
    void anUnansweredDeadlineIsMissedAtTheMomentItPassed() {
        fixture.given(scheduled())
                .when(new MarkDeadlineMissed(REFERRAL, OVERDUE_AT))
                .expectEvents(new DeadlineMissed(REFERRAL, CASE, OGGZ, "ggz-zuiderhaven", DUE_ON, OVERDUE_AT));
    }

    @Test
    void aMetDeadlineIsNotMissedAfterwards() {
        fixture.given(scheduled(), new DeadlineMet(REFERRAL, NOW))
                .when(new MarkDeadlineMissed(REFERRAL, OVERDUE_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMissedDeadlineIsNotMetAfterwardsNorMissedTwice() {
        DeadlineMissed missed = new DeadlineMissed(REFERRAL, CASE, OGGZ, "ggz-zuiderhaven", DUE_ON, OVERDUE_AT);
        fixture.given(scheduled(), missed)
                .when(new MeetDeadline(REFERRAL))
                .expectNoEvents();
        fixture.given(scheduled(), missed)
                .when(new MarkDeadlineMissed(REFERRAL, OVERDUE_AT))
                .expectNoEvents();
    }

    @Test
    void meetingADeadlineNobodyScheduledChangesNothingAndLeavesItFreeToBeScheduled() {
        fixture.givenNoPriorActivity()
                .when(new MeetDeadline(REFERRAL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.givenCommands(new MeetDeadline(REFERRAL))
                .when(new ScheduleDeadline(REFERRAL, CASE, OGGZ, "ggz-zuiderhaven", DUE_ON))
                .expectEvents(scheduled());
    }

    @Test
    void schedulingAgainChangesNothingWhetherPendingMetOrMissed() {
        ScheduleDeadline again = new ScheduleDeadline(REFERRAL, CASE, OGGZ, "ggz-zuiderhaven", DUE_ON.plusDays(3));
        fixture.given(scheduled())
                .when(again)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(scheduled(), new DeadlineMet(REFERRAL, NOW))
                .when(again)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(scheduled(), new DeadlineMissed(REFERRAL, CASE, OGGZ, "ggz-zuiderhaven", DUE_ON, OVERDUE_AT))
                .when(again)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static final DeadlineId REVIEW = DeadlineId.of(DeadlineKind.AFTERCARE_REVIEW, CASE.value());
    private static final Instant REVIEW_FIRES_AT = Instant.parse("2026-11-30T23:00:00Z");
    private static final LocalDate MOVED_ON = LocalDate.parse("2026-12-15");
    private static final Instant MOVED_FIRES_AT = Instant.parse("2026-12-14T23:00:00Z");

    private static DeadlineScheduled reviewScheduled() {
        return new DeadlineScheduled(REVIEW, CASE, OGGZ, null, DUE_ON, REVIEW_FIRES_AT, NOW);
    }

    @Test
    void aReviewMovedToAnotherDateIsScheduledAgainAndTheSameDateChangesNothing() {
        fixture.given(reviewScheduled())
                .when(new ScheduleDeadline(REVIEW, CASE, OGGZ, null, MOVED_ON))
                .expectEvents(new DeadlineScheduled(REVIEW, CASE, OGGZ, null, MOVED_ON, MOVED_FIRES_AT, NOW));
        fixture.given(reviewScheduled())
                .when(new ScheduleDeadline(REVIEW, CASE, OGGZ, null, DUE_ON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReviewThatFellDueIsWatchedAgainWhenAftercareStartsAgain() {
        fixture.given(reviewScheduled(), new DeadlineMissed(REVIEW, CASE, OGGZ, null, DUE_ON, REVIEW_FIRES_AT))
                .when(new ScheduleDeadline(REVIEW, CASE, OGGZ, null, MOVED_ON))
                .expectEvents(new DeadlineScheduled(REVIEW, CASE, OGGZ, null, MOVED_ON, MOVED_FIRES_AT, NOW));
        fixture.given(reviewScheduled(), new DeadlineMissed(REVIEW, CASE, OGGZ, null, DUE_ON, REVIEW_FIRES_AT),
                        new DeadlineScheduled(REVIEW, CASE, OGGZ, null, MOVED_ON, MOVED_FIRES_AT, NOW))
                .when(new MarkDeadlineMissed(REVIEW, MOVED_FIRES_AT))
                .expectEvents(new DeadlineMissed(REVIEW, CASE, OGGZ, null, MOVED_ON, MOVED_FIRES_AT));
    }

    @Test
    void aFiringForTheMomentBeforeTheReviewMovedChangesNothing() {
        fixture.given(reviewScheduled(), new DeadlineScheduled(REVIEW, CASE, OGGZ, null, MOVED_ON, MOVED_FIRES_AT,
                        NOW))
                .when(new MarkDeadlineMissed(REVIEW, REVIEW_FIRES_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFiringFromAProcessThatKeptNoMomentStillCounts() {
        fixture.given(scheduled())
                .when(new MarkDeadlineMissed(REFERRAL, null))
                .expectEvents(new DeadlineMissed(REFERRAL, CASE, OGGZ, "ggz-zuiderhaven", DUE_ON, OVERDUE_AT));
    }
}
