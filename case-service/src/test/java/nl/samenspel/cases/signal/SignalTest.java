package nl.samenspel.cases.signal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.shared.domain.InvalidField;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignalTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final NetworkId OGGZ = NetworkId.of("oggz-zuiderhaven");
    private static final SignalId SIGNAL = SignalId.random();

    private AggregateTestFixture<Signal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Signal.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((KnownNetworks) Set.of(OGGZ)::contains);
    }

    @Test
    void aVolunteerRaisesASignalAnonymouslyInAKnownNetwork() {
        fixture.givenNoPriorActivity()
                .when(new RaiseSignal(SIGNAL, OGGZ, SignallerRole.VOLUNTEER, "Buurman laat al weken niemand binnen.", true))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SignalRaised(SIGNAL, OGGZ, SignallerRole.VOLUNTEER,
                        "Buurman laat al weken niemand binnen.", true, NOW));
    }

    @Test
    void refusesASignalInANetworkItDoesNotKnow() {
        fixture.givenNoPriorActivity()
                .when(new RaiseSignal(SIGNAL, NetworkId.of("wijknetwerk-elders"), SignallerRole.NEIGHBOUR, "Zorgen.", false))
                .expectException(InvalidField.class)
                .expectExceptionMessage("is not a known network")
                .expectNoEvents();
    }

    @Test
    void refusesABlankConcern() {
        fixture.givenNoPriorActivity()
                .when(new RaiseSignal(SIGNAL, OGGZ, SignallerRole.PROFESSIONAL, " \n\t ", false))
                .expectException(InvalidField.class)
                .expectNoEvents();
    }

    @Test
    void refusesAConcernLongerThanTheLimit() {
        String tooLong = "x".repeat(RaiseSignal.MAX_CONCERN_LENGTH + 1);
        fixture.givenNoPriorActivity()
                .when(new RaiseSignal(SIGNAL, OGGZ, SignallerRole.PROFESSIONAL, tooLong, false))
                .expectException(InvalidField.class)
                .expectExceptionMessage("must be at most 2000 characters")
                .expectNoEvents();
    }

    @Test
    void acceptsAConcernOfExactlyTheLimit() {
        String longest = "x".repeat(RaiseSignal.MAX_CONCERN_LENGTH);
        fixture.givenNoPriorActivity()
                .when(new RaiseSignal(SIGNAL, OGGZ, SignallerRole.FAMILY_CARER, longest, false))
                .expectEvents(new SignalRaised(SIGNAL, OGGZ, SignallerRole.FAMILY_CARER, longest, false, NOW));
    }
}
