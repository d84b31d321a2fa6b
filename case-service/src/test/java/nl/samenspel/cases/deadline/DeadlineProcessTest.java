package nl.samenspel.cases.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.signal.MarkSignalFeedbackOverdue;
import nl.samenspel.cases.signal.SignalFeedbackOverdue;
import nl.samenspel.cases.signal.SignalFeedbackRecorded;
import nl.samenspel.cases.signal.SignalId;
import nl.samenspel.cases.signal.SignalRaised;
import nl.samenspel.cases.signal.TestVault;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.SignallerRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.test.saga.SagaTestFixture;
import org.axonframework.test.saga.WhenState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The process manager with elapsed time: a deadline fires when it passes unmet, and only then. */
class DeadlineProcessTest {

    private static final Instant RAISED_AT = Instant.parse("2026-11-24T09:00:00Z");
    private static final Instant OVERDUE_AT = Instant.parse("2026-12-08T23:00:00Z");
    private static final LocalDate DUE_ON = LocalDate.parse("2026-12-08");
    private static final NetworkId OGGZ = NetworkId.of("oggz-zuiderhaven");
    private static final SignalId SIGNAL = SignalId.random();
    private static final CaseId CASE = CaseId.random();
    private static final DeadlineId REFERRAL = DeadlineId.of(DeadlineKind.REFERRAL_ANSWER, UUID.randomUUID());
    private static final Instant REFERRAL_OVERDUE_AT = Instant.parse("2026-12-01T23:00:00Z");

    private SagaTestFixture<DeadlineProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(DeadlineProcess.class);
        fixture.registerCommandGateway(CommandGateway.class);
    }

    private static SignalRaised raised() {
        return new SignalRaised(SIGNAL, OGGZ, SignallerRole.NEIGHBOUR, TestVault.sealed(SIGNAL.value(), "Zorgen."),
                false, "neighbour", TestVault.index("signaller", "neighbour"), RAISED_AT, DUE_ON, OVERDUE_AT);
    }

    private static DeadlineScheduled referralScheduled() {
        return new DeadlineScheduled(REFERRAL, CASE, OGGZ, "ggz-zuiderhaven", LocalDate.parse("2026-12-01"),
                REFERRAL_OVERDUE_AT, RAISED_AT);
    }

    @Test
    void aRaisedSignalSchedulesItsFeedbackDeadline() {
        fixture.givenCurrentTime(RAISED_AT)
                .whenAggregate(SIGNAL.value()).publishes(raised())
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(OVERDUE_AT, DeadlineProcess.SIGNAL_FEEDBACK_DUE)
                .expectNoDispatchedCommands();
    }

    @Test
    void feedbackNotGivenByTheDueDateIsMarkedOverdue() {
        fixture.givenCurrentTime(RAISED_AT).andThenAggregate(SIGNAL.value()).published(raised())
                .whenTimeAdvancesTo(OVERDUE_AT)
                .expectTriggeredDeadlinesWithName(DeadlineProcess.SIGNAL_FEEDBACK_DUE)
                .expectDispatchedCommands(new MarkSignalFeedbackOverdue(SIGNAL));
    }

    @Test
    void nothingFiresADayBeforeTheDueMoment() {
        fixture.givenCurrentTime(RAISED_AT).andThenAggregate(SIGNAL.value()).published(raised())
                .whenTimeElapses(Duration.between(RAISED_AT, OVERDUE_AT).minusDays(1))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void feedbackGivenBeforeTheDueDateCancelsTheDeadlineAndEndsTheProcess() {
        fixture.givenCurrentTime(RAISED_AT).andThenAggregate(SIGNAL.value()).published(raised(),
                        new SignalFeedbackRecorded(SIGNAL, OGGZ, TestVault.sealed(SIGNAL.value(), "Contact gelegd."),
                                DUE_ON, RAISED_AT.plusSeconds(3600)))
                .whenTimeElapses(Duration.ofDays(60))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void theProcessEndsOnceTheSignalRecordedItOverdue() {
        fixture.givenCurrentTime(RAISED_AT).andThenAggregate(SIGNAL.value()).published(raised())
                .whenAggregate(SIGNAL.value()).publishes(new SignalFeedbackOverdue(SIGNAL, OGGZ, DUE_ON, OVERDUE_AT))
                .expectActiveSagas(0);
    }

    @Test
    void aScheduledDeadlineStartsAProcess() {
        fixture.givenCurrentTime(RAISED_AT)
                .whenAggregate(REFERRAL.value()).publishes(referralScheduled())
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(REFERRAL_OVERDUE_AT, DeadlineProcess.CASE_DEADLINE_DUE);
    }

    @Test
    void anUnansweredReferralIsMarkedMissed() {
        fixture.givenCurrentTime(RAISED_AT).andThenAggregate(REFERRAL.value()).published(referralScheduled())
                .whenTimeAdvancesTo(REFERRAL_OVERDUE_AT)
                .expectDispatchedCommands(new MarkDeadlineMissed(REFERRAL, REFERRAL_OVERDUE_AT));
    }

    @Test
    void aReferralAnsweredInTimeNeverFires() {
        fixture.givenCurrentTime(RAISED_AT).andThenAggregate(REFERRAL.value())
                .published(referralScheduled(), new DeadlineMet(REFERRAL, RAISED_AT.plusSeconds(60)))
                .whenTimeElapses(Duration.ofDays(30))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void eachDeadlineHasItsOwnProcess() {
        fixture.givenCurrentTime(RAISED_AT).andThenAggregate(SIGNAL.value()).published(raised())
                .andThenAggregate(REFERRAL.value()).published(referralScheduled())
                .whenTimeAdvancesTo(REFERRAL_OVERDUE_AT)
                .expectActiveSagas(2)
                .expectDispatchedCommands(new MarkDeadlineMissed(REFERRAL, REFERRAL_OVERDUE_AT));
    }

    private static final DeadlineId REVIEW = DeadlineId.of(DeadlineKind.AFTERCARE_REVIEW, CASE.value());
    private static final Instant FIRST_REVIEW_DUE = Instant.parse("2026-11-30T23:00:00Z");
    private static final Instant MOVED_REVIEW_DUE = Instant.parse("2026-12-14T23:00:00Z");

    /** Aftercare started, then started again a minute later with a review two weeks later. */
    private WhenState reviewMoved() {
        return fixture.givenCurrentTime(RAISED_AT).andThenAggregate(REVIEW.value())
                .published(new DeadlineScheduled(REVIEW, CASE, OGGZ, null, LocalDate.parse("2026-12-01"),
                                FIRST_REVIEW_DUE, RAISED_AT),
                        new DeadlineScheduled(REVIEW, CASE, OGGZ, null, LocalDate.parse("2026-12-15"),
                                MOVED_REVIEW_DUE, RAISED_AT.plusSeconds(60)));
    }

    @Test
    void aReviewMovedToALaterDateIsWatchedOnlyAtTheNewMoment() {
        reviewMoved()
                .whenTimeAdvancesTo(FIRST_REVIEW_DUE.plusSeconds(3600))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(MOVED_REVIEW_DUE, DeadlineProcess.CASE_DEADLINE_DUE)
                .expectActiveSagas(1);
    }

    @Test
    void aReviewMovedToALaterDateFallsDueAtTheNewMoment() {
        reviewMoved()
                .whenTimeAdvancesTo(MOVED_REVIEW_DUE)
                .expectDispatchedCommands(new MarkDeadlineMissed(REVIEW, MOVED_REVIEW_DUE));
    }
}
