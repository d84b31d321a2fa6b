package nl.samenspel.cases.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.samenspel.cases.access.CaseDisclosure;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The signal read model on real PostgreSQL, migrated by the service's own Flyway scripts. */
class SignalViewTest {

    private static final Instant RAISED_AT = Instant.parse("2026-11-24T09:00:00Z");
    private static final Instant OVERDUE_AT = Instant.parse("2026-12-08T23:00:00Z");
    private static final LocalDate DUE_ON = LocalDate.parse("2026-12-08");

    private static JdbcTemplate jdbc;
    private final TestVault vault = new TestVault();
    private NetworkId network;

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(TestInfrastructure.migratedDataSource());
    }

    @BeforeEach
    void freshNetwork() {
        network = NetworkId.of("oggz-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private SignalView viewAt(Instant now) {
        return new SignalView(jdbc, vault, new CaseDisclosure(vault), Clock.fixed(now, ZoneOffset.UTC));
    }

    private SignalRaised raised(SignalId id, String signaller, boolean anonymous) {
        return new SignalRaised(id, network, SignallerRole.NEIGHBOUR, TestVault.sealed(id.value(), "Zorgen om " + id),
                anonymous, anonymous ? null : signaller, TestVault.index("signaller", signaller), RAISED_AT, DUE_ON,
                OVERDUE_AT);
    }

    @Test
    void feedbackIsOwedUntilItsDueMomentThenOverdueUntilGiven() {
        SignalId id = SignalId.random();
        viewAt(RAISED_AT).on(raised(id, "buurman", false));

        assertThat(viewAt(OVERDUE_AT.minusSeconds(1)).ofNetwork(network, Optional.empty()))
                .extracting(SignalView.NetworkSignal::feedbackStatus).containsExactly(SignalView.FeedbackStatus.OWED);
        assertThat(viewAt(OVERDUE_AT).ofNetwork(network, Optional.of(SignalView.FeedbackStatus.OVERDUE)))
                .extracting(SignalView.NetworkSignal::signalId).containsExactly(id.value());
        assertThat(viewAt(OVERDUE_AT).ofNetwork(network, Optional.of(SignalView.FeedbackStatus.OWED))).isEmpty();

        viewAt(OVERDUE_AT).on(new SignalFeedbackRecorded(id, network, TestVault.sealed(id.value(), "Opgepakt."), DUE_ON,
                OVERDUE_AT.plusSeconds(60)));

        assertThat(viewAt(OVERDUE_AT).ofNetwork(network, Optional.of(SignalView.FeedbackStatus.GIVEN)))
                .extracting(SignalView.NetworkSignal::signalId).containsExactly(id.value());
        assertThat(viewAt(OVERDUE_AT).raisedBy("buurman")).filteredOn(s -> s.signalId().equals(id.value()))
                .singleElement().satisfies(own -> {
                    assertThat(own.feedback()).contains("Opgepakt.");
                    assertThat(own.feedbackRecordedAt()).contains(OVERDUE_AT.plusSeconds(60));
                });
    }

    @Test
    void aRecordedOverdueCountsEvenBeforeTheViewsClockGetsThere() {
        SignalId id = SignalId.random();
        viewAt(RAISED_AT).on(raised(id, "buurvrouw", false));
        viewAt(RAISED_AT).on(new SignalFeedbackOverdue(id, network, DUE_ON, OVERDUE_AT));

        assertThat(viewAt(RAISED_AT).ofNetwork(network, Optional.of(SignalView.FeedbackStatus.OVERDUE)))
                .extracting(SignalView.NetworkSignal::signalId).containsExactly(id.value());
    }

    @Test
    void anAnonymousSignallerIsLeftOutForTheCoordinatorButSeesTheirOwnSignal() {
        SignalId id = SignalId.random();
        String signaller = "anna-" + UUID.randomUUID();
        viewAt(RAISED_AT).on(raised(id, signaller, true));

        SignalView.NetworkSignal seen = viewAt(RAISED_AT).ofNetwork(network, Optional.empty()).get(0);
        assertThat(seen.signaller()).isEmpty();
        assertThat(seen.concern()).contains("Zorgen om " + id);
        assertThat(viewAt(RAISED_AT).raisedBy(signaller)).extracting(SignalView.OwnSignal::signalId)
                .containsExactly(id.value());
        assertThat(viewAt(RAISED_AT).raisedBy("someone-else-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void theRowOfAnAnonymousSignalHoldsNoLoginEvenIfAnEventStillCarriedOne() {
        SignalId id = SignalId.random();
        String signaller = "anna-" + UUID.randomUUID();
        viewAt(RAISED_AT).on(new SignalRaised(id, network, SignallerRole.VOLUNTEER,
                TestVault.sealed(id.value(), "Zorgen."), true, signaller, TestVault.index("signaller", signaller),
                RAISED_AT, DUE_ON, OVERDUE_AT));

        String row = jdbc.queryForMap("select * from signal_view where signal_id = ?", UUID.fromString(id.value()))
                .toString();
        assertThat(row).doesNotContain(signaller);
        assertThat(viewAt(RAISED_AT).raisedBy(signaller)).extracting(SignalView.OwnSignal::signalId)
                .containsExactly(id.value());
    }

    @Test
    void anErasedSignalsTextsReadAsAbsentAndAnUpcastedOneHasNone() {
        SignalId erased = SignalId.random();
        SignalId upcasted = SignalId.random();
        viewAt(RAISED_AT).on(raised(erased, "x", false));
        viewAt(RAISED_AT).on(new SignalRaised(upcasted, network, SignallerRole.NEIGHBOUR, null, false, null, null,
                RAISED_AT.plusSeconds(1), DUE_ON, OVERDUE_AT));
        vault.erase(erased.value());

        assertThat(viewAt(RAISED_AT).ofNetwork(network, Optional.empty()))
                .allSatisfy(signal -> assertThat(signal.concern()).isEmpty()).hasSize(2);
    }

    @Test
    void replayingEveryEventLeavesTheSameRow() {
        SignalId id = SignalId.random();
        SignalRaised raised = raised(id, "buurman", false);
        SignalFeedbackRecorded feedback = new SignalFeedbackRecorded(id, network,
                TestVault.sealed(id.value(), "Opgepakt."), DUE_ON, RAISED_AT.plusSeconds(60));
        viewAt(RAISED_AT).on(raised);
        viewAt(RAISED_AT).on(feedback);
        var first = viewAt(RAISED_AT).ofNetwork(network, Optional.empty());

        viewAt(RAISED_AT).on(raised);
        viewAt(RAISED_AT).on(feedback);

        assertThat(viewAt(RAISED_AT).ofNetwork(network, Optional.empty())).isEqualTo(first).hasSize(1);
    }
}
