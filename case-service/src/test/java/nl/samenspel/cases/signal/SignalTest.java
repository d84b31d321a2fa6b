package nl.samenspel.cases.signal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.cases.FixedPartners;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.DomainMatchers;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignalTest {

    /** A Tuesday: ten working days later is Tuesday 8 December, overdue from midnight Dutch time. */
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final LocalDate DUE_ON = LocalDate.parse("2026-12-08");
    private static final Instant OVERDUE_AT = Instant.parse("2026-12-08T23:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-01T10:30:00Z");
    private static final NetworkId OGGZ = NetworkId.of("oggz-zuiderhaven");
    private static final OrganisationId GGD = OrganisationId.of("ggd-zuiderhaven");
    private static final SignalId SIGNAL = SignalId.random();
    private static final String CONCERN = "Buurman laat al weken niemand binnen.";
    private static final Actor ANNA = volunteer("volunteer-anna");

    private AggregateTestFixture<Signal> fixture;

    private static Actor coordinatorOf(OrganisationId organisation) {
        return new Actor("coordinator-" + organisation.value(), Optional.of(organisation),
                Set.of(Roles.NETWORK_COORDINATOR));
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Signal.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        FixedPartners partners = new FixedPartners().network(OGGZ, GGD, false);
        fixture.registerInjectableResource(partners);
        fixture.registerInjectableResource(partners.permissions());
        fixture.registerInjectableResource(FeedbackTerms.standard());
        fixture.registerInjectableResource(new TestVault());
    }

    private static Actor volunteer(String login) {
        return new Actor(login, Optional.of(OrganisationId.of("vrijwilligers-zuiderhaven")), Set.of(Roles.VOLUNTEER));
    }

    private static SignalRaised raised() {
        return new SignalRaised(SIGNAL, OGGZ, SignallerRole.VOLUNTEER, TestVault.sealed(SIGNAL.value(), CONCERN), true,
                null, TestVault.index("signaller", "volunteer-anna"), NOW, DUE_ON, OVERDUE_AT);
    }

    private static SignalFeedbackRecorded feedback(Instant at) {
        return new SignalFeedbackRecorded(SIGNAL, OGGZ, TestVault.sealed(SIGNAL.value(), "Er is contact gelegd."),
                DUE_ON, at);
    }

    @Test
    void aVolunteerRaisesAnAnonymousSignalKeptOnlyAsABlindIndexWithItsConcernSealedAndFeedbackDueInTenWorkingDays() {
        fixture.givenNoPriorActivity()
                .when(new RaiseSignal(SIGNAL, OGGZ, SignallerRole.VOLUNTEER, CONCERN, true, ANNA))
                .expectSuccessfulHandlerExecution()
                .expectEvents(raised());
    }

    @Test
    void aSignalThatIsNotAnonymousNamesItsSignallerForTheCoordinator() {
        fixture.givenNoPriorActivity()
                .when(new RaiseSignal(SIGNAL, OGGZ, SignallerRole.VOLUNTEER, CONCERN, false, ANNA))
                .expectEvents(new SignalRaised(SIGNAL, OGGZ, SignallerRole.VOLUNTEER,
                        TestVault.sealed(SIGNAL.value(), CONCERN), false, "volunteer-anna",
                        TestVault.index("signaller", "volunteer-anna"), NOW, DUE_ON, OVERDUE_AT));
    }

    @Test
    void refusesASignalInANetworkItDoesNotKnow() {
        fixture.givenNoPriorActivity()
                .when(new RaiseSignal(SIGNAL, NetworkId.of("wijknetwerk-elders"), SignallerRole.NEIGHBOUR, "Zorgen.",
                        false, volunteer("neighbour")))
                .expectException(InvalidField.class)
                .expectExceptionMessage("is not a known network")
                .expectNoEvents();
    }

    @Test
    void refusesABlankConcern() {
        fixture.givenNoPriorActivity()
                .when(new RaiseSignal(SIGNAL, OGGZ, SignallerRole.PROFESSIONAL, " \n\t ", false, volunteer("pro")))
                .expectException(DomainMatchers.fieldIs("concern"))
                .expectNoEvents();
    }

    @Test
    void refusesAConcernLongerThanTheLimit() {
        String tooLong = "x".repeat(RaiseSignal.MAX_CONCERN_LENGTH + 1);
        fixture.givenNoPriorActivity()
                .when(new RaiseSignal(SIGNAL, OGGZ, SignallerRole.PROFESSIONAL, tooLong, false, volunteer("pro")))
                .expectException(InvalidField.class)
                .expectExceptionMessage("must be at most 2000 characters")
                .expectNoEvents();
    }

    @Test
    void acceptsAConcernOfExactlyTheLimit() {
        String longest = "x".repeat(RaiseSignal.MAX_CONCERN_LENGTH);
        fixture.givenNoPriorActivity()
                .when(new RaiseSignal(SIGNAL, OGGZ, SignallerRole.FAMILY_CARER, longest, false, volunteer("carer")))
                .expectEvents(new SignalRaised(SIGNAL, OGGZ, SignallerRole.FAMILY_CARER,
                        TestVault.sealed(SIGNAL.value(), longest), false, "carer", TestVault.index("signaller", "carer"),
                        NOW, DUE_ON, OVERDUE_AT));
    }

    @Test
    void theNetworksCoordinatorRecordsSealedFeedback() {
        fixture.given(raised())
                .when(new RecordSignalFeedback(SIGNAL, coordinatorOf(GGD), "Er is contact gelegd."))
                .expectEvents(feedback(NOW));
    }

    @Test
    void feedbackAfterTheDueDateIsStillRecorded() {
        fixture.given(raised(), new SignalFeedbackOverdue(SIGNAL, OGGZ, DUE_ON, OVERDUE_AT))
                .when(new RecordSignalFeedback(SIGNAL, coordinatorOf(GGD), "Er is contact gelegd."))
                .expectEvents(feedback(NOW));
    }

    @Test
    void anotherOrganisationMayNotGiveFeedback() {
        fixture.given(raised())
                .when(new RecordSignalFeedback(SIGNAL, coordinatorOf(OrganisationId.of("woonstede")), "Er is contact gelegd."))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aTokenWithoutOrganisationMayNotGiveFeedback() {
        fixture.given(raised())
                .when(new RecordSignalFeedback(SIGNAL, null, "Er is contact gelegd."))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aSecondFeedbackIsRefused() {
        fixture.given(raised(), feedback(LATER))
                .when(new RecordSignalFeedback(SIGNAL, coordinatorOf(GGD), "Nogmaals."))
                .expectException(RuleViolation.class)
                .expectException(DomainMatchers.codeIs("feedback-already-recorded"))
                .expectNoEvents();
    }

    @Test
    void blankFeedbackIsRefused() {
        fixture.given(raised())
                .when(new RecordSignalFeedback(SIGNAL, coordinatorOf(GGD), "  "))
                .expectException(DomainMatchers.fieldIs("feedback"))
                .expectNoEvents();
    }

    @Test
    void feedbackLongerThanTheLimitIsRefused() {
        fixture.given(raised())
                .when(new RecordSignalFeedback(SIGNAL, coordinatorOf(GGD), "x".repeat(RecordSignalFeedback.MAX_FEEDBACK_LENGTH + 1)))
                .expectException(InvalidField.class)
                .expectNoEvents();
    }

    @Test
    void feedbackOnASignalThatDoesNotExistIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new RecordSignalFeedback(SIGNAL, coordinatorOf(GGD), "Er is contact gelegd."))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void owedFeedbackIsMarkedOverdueAtTheMomentItFellDue() {
        fixture.given(raised())
                .when(new MarkSignalFeedbackOverdue(SIGNAL))
                .expectEvents(new SignalFeedbackOverdue(SIGNAL, OGGZ, DUE_ON, OVERDUE_AT));
    }

    @Test
    void feedbackGivenInTimeIsNeverOverdue() {
        fixture.given(raised(), feedback(LATER))
                .when(new MarkSignalFeedbackOverdue(SIGNAL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void feedbackIsMarkedOverdueOnceOnly() {
        fixture.given(raised(), new SignalFeedbackOverdue(SIGNAL, OGGZ, DUE_ON, OVERDUE_AT))
                .when(new MarkSignalFeedbackOverdue(SIGNAL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
