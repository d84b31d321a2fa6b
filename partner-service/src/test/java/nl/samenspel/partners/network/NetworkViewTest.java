package nl.samenspel.partners.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.samenspel.contracts.LeaveReason;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The network read model on real PostgreSQL, migrated by the service's own Flyway scripts. */
class NetworkViewTest {

    private static final OrganisationId GGZ = OrganisationId.of("ggz-zuiderhaven");

    private static JdbcTemplate jdbc;
    private static NetworkView view;

    @BeforeAll
    static void database() {
        DataSource dataSource = TestInfrastructure.migratedDataSource();
        jdbc = new JdbcTemplate(dataSource);
        view = new NetworkView(jdbc);
    }

    private static NetworkId newNetworkId() {
        return NetworkId.of("oggz-zuiderhaven-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static NetworkRegistered registered(NetworkId id, String name, NetworkType type, Instant at) {
        return new NetworkRegistered(id, name, type, "GM9901", OrganisationId.of("ggd-zuiderhaven"), at);
    }

    @Test
    void aRegisteredNetworkCanBeFoundWithEveryFact() {
        NetworkId id = newNetworkId();
        Instant at = Instant.parse("2026-11-24T09:15:00.123456Z");

        view.on(registered(id, "OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, at));

        assertThat(view.find(id.value())).contains(new NetworkView.NetworkSummary(id.value(),
                "OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901", "ggd-zuiderhaven", at, null, null));
    }

    @Test
    void applyingTheSameEventTwiceLeavesOneIdenticalRow() {
        NetworkId id = newNetworkId();
        NetworkRegistered event = registered(id, "Wijknetwerk Noord", NetworkType.NEIGHBOURHOOD,
                Instant.parse("2026-11-24T10:00:00Z"));

        view.on(event);
        String first = row(id);
        view.on(event);

        assertThat(jdbc.queryForObject("select count(*) from network where network_id = ?", Long.class, id.value()))
                .isEqualTo(1);
        assertThat(row(id)).isEqualTo(first);
        assertThat(view.all().stream().filter(n -> n.networkId().equals(id.value()))).hasSize(1);
    }

    @Test
    void aReplayedEventRestoresTheRowFromTheEvent() {
        NetworkId id = newNetworkId();
        NetworkRegistered event = registered(id, "OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        view.on(event);
        jdbc.update("update network set name = 'tampered' where network_id = ?", id.value());

        view.on(event);

        assertThat(view.find(id.value()).orElseThrow().name()).isEqualTo("OGGZ-netwerk Zuiderhaven");
    }

    @Test
    void listsNetworksOrderedById() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        NetworkId later = NetworkId.of("zz-" + suffix);
        NetworkId earlier = NetworkId.of("aa-" + suffix);
        view.on(registered(later, "Later", NetworkType.OGGZ, Instant.parse("2026-11-24T10:00:00Z")));
        view.on(registered(earlier, "Eerder", NetworkType.OGGZ, Instant.parse("2026-11-24T10:00:00Z")));

        assertThat(view.all()).extracting(NetworkView.NetworkSummary::networkId)
                .containsSubsequence(earlier.value(), later.value());
    }

    @Test
    void anUnknownNetworkIsNotFound() {
        assertThat(view.find(newNetworkId().value())).isEmpty();
    }

    @Test
    void aConfigurationIsShownWholeAndReplacedWhole() {
        NetworkId id = newNetworkId();
        Instant at = Instant.parse("2026-11-24T09:15:00.123456Z");
        view.on(registered(id, "Wijknetwerk Noord", NetworkType.NEIGHBOURHOOD, at));
        view.on(new NetworkConfigured(id, new NetworkConfiguration(Set.of(LegalBasis.NONE_YET, LegalBasis.EXPLICIT_CONSENT),
                false, Set.of(), Set.of(Ring.OUTER, Ring.CORE), true, 55, 99, Set.of("WK990101", "BU99010201"),
                "Ouderen in Noord."), at));
        Instant later = at.plusSeconds(60);

        view.on(new NetworkConfigured(id, NetworkTest.OGGZ, later));

        assertThat(view.find(id.value()).orElseThrow().configuration()).isEqualTo(new NetworkView.Configuration(
                List.of(LegalBasis.EXPLICIT_CONSENT, LegalBasis.HIGHER_INTEREST_OVERRIDE, LegalBasis.INFORMED_CONSENT,
                        LegalBasis.NONE_YET), true,
                List.of(Sector.ADDICTION_CARE, Sector.DEBT_HELP, Sector.GGD, Sector.HOUSING, Sector.MENTAL_HEALTH,
                        Sector.POLICE, Sector.SHELTER, Sector.SOCIAL_WORK),
                List.of(Ring.OUTER), false, null, null, List.of(), null, later));
    }

    @Test
    void inclusionCriteriaAreShown() {
        NetworkId id = newNetworkId();
        Instant at = Instant.parse("2026-11-24T09:15:00Z");
        view.on(registered(id, "Wijknetwerk Noord", NetworkType.NEIGHBOURHOOD, at));

        view.on(new NetworkConfigured(id, new NetworkConfiguration(Set.of(LegalBasis.EXPLICIT_CONSENT), false, Set.of(),
                Set.of(Ring.CORE, Ring.OUTER), true, 55, 99, Set.of("WK990101", "BU99010201"), "Ouderen in Noord."), at));

        assertThat(view.find(id.value()).orElseThrow().configuration()).isEqualTo(new NetworkView.Configuration(
                List.of(LegalBasis.EXPLICIT_CONSENT), false, List.of(), List.of(Ring.CORE, Ring.OUTER), true, 55, 99,
                List.of("BU99010201", "WK990101"), "Ouderen in Noord.", at));
    }

    @Test
    void theInformalRepresentativeIsShownAndReplaced() {
        NetworkId id = newNetworkId();
        Instant at = Instant.parse("2026-11-24T09:15:00Z");
        view.on(registered(id, "OGGZ-netwerk", NetworkType.OGGZ, at));
        PersonId first = PersonId.random();
        PersonId second = PersonId.random();

        view.on(new InformalRepresentativeAppointed(id, first, GGZ, at));
        view.on(new InformalRepresentativeAppointed(id, second, OrganisationId.of("welzijn-noord"), at.plusSeconds(1)));

        assertThat(view.find(id.value()).orElseThrow().informalRepresentative()).isEqualTo(
                new NetworkView.Representative(second.value(), "welzijn-noord", at.plusSeconds(1)));
    }

    @Test
    void membershipFollowsInvitationJoinMoveCovenantAndLeave() {
        NetworkId id = newNetworkId();
        Instant at = Instant.parse("2026-11-24T09:15:00.5Z");
        view.on(registered(id, "OGGZ-netwerk", NetworkType.OGGZ, at));
        OrganisationId church = OrganisationId.of("kerk-noord");
        OrganisationId foodBank = OrganisationId.of("voedselbank-noord");
        PersonId representative = PersonId.random();

        view.on(new OrganisationInvited(id, GGZ, Ring.CORE, false, Sector.MENTAL_HEALTH, at));
        view.on(new OrganisationInvited(id, church, Ring.OUTER, true, Sector.FAITH_COMMUNITY, at));
        view.on(new MemberJoined(id, GGZ, Ring.CORE, at.plusSeconds(1)));
        view.on(new MemberMoved(id, GGZ, Ring.CORE, Ring.OUTER, at.plusSeconds(2)));
        view.on(new CovenantSigned(id, GGZ, PersonId.random(), SignatoryLevel.BOARD, at.plusSeconds(3)));
        view.on(new InformalPartyRepresented(id, foodBank, representative, at.plusSeconds(4)));

        assertThat(view.membership(id.value())).isEqualTo(new NetworkView.Membership(
                List.of(new NetworkView.Member(GGZ.value(), Ring.OUTER, at.plusSeconds(1),
                        new NetworkView.Covenant(SignatoryLevel.BOARD, at.plusSeconds(3)))),
                List.of(new NetworkView.Invitation(church.value(), Ring.OUTER, at)),
                List.of(new NetworkView.RepresentedParty(foodBank.value(), representative.value(), at.plusSeconds(4)))));

        view.on(new CovenantWithdrawn(id, GGZ, at.plusSeconds(5)));
        assertThat(view.membership(id.value()).members()).extracting(NetworkView.Member::covenant).containsOnlyNulls();

        view.on(new MemberLeft(id, GGZ, Ring.OUTER, LeaveReason.CAPACITY, at.plusSeconds(6)));
        assertThat(view.membership(id.value()).members()).isEmpty();
    }

    @Test
    void aRejoinedMemberShowsNoCovenantFromItsEarlierMembership() {
        NetworkId id = newNetworkId();
        Instant at = Instant.parse("2026-11-24T09:15:00Z");
        view.on(registered(id, "OGGZ-netwerk", NetworkType.OGGZ, at));
        view.on(new OrganisationInvited(id, GGZ, Ring.CORE, false, Sector.MENTAL_HEALTH, at));
        view.on(new MemberJoined(id, GGZ, Ring.CORE, at));
        view.on(new CovenantSigned(id, GGZ, PersonId.random(), SignatoryLevel.BOARD, at));
        view.on(new MemberLeft(id, GGZ, Ring.CORE, LeaveReason.CAPACITY, at));
        view.on(new OrganisationInvited(id, GGZ, Ring.OUTER, false, Sector.MENTAL_HEALTH, at.plusSeconds(9)));

        view.on(new MemberJoined(id, GGZ, Ring.OUTER, at.plusSeconds(10)));

        assertThat(view.membership(id.value()).members()).containsExactly(
                new NetworkView.Member(GGZ.value(), Ring.OUTER, at.plusSeconds(10), null));
        assertThat(view.membership(id.value()).invitations()).isEmpty();
    }

    @Test
    void replayingEveryMembershipEventTwiceGivesTheSameRows() {
        NetworkId id = newNetworkId();
        Instant at = Instant.parse("2026-11-24T09:15:00Z");
        List<Runnable> events = List.of(
                () -> view.on(registered(id, "OGGZ-netwerk", NetworkType.OGGZ, at)),
                () -> view.on(new NetworkConfigured(id, NetworkTest.OGGZ, at)),
                () -> view.on(new OrganisationInvited(id, GGZ, Ring.CORE, false, Sector.MENTAL_HEALTH, at)),
                () -> view.on(new MemberJoined(id, GGZ, Ring.CORE, at)),
                () -> view.on(new CovenantSigned(id, GGZ, PersonId.of("6f1c2a1e-0000-4000-8000-000000000001"),
                        SignatoryLevel.MANAGEMENT, at)));
        events.forEach(Runnable::run);
        NetworkView.Membership once = view.membership(id.value());
        NetworkView.NetworkSummary summary = view.find(id.value()).orElseThrow();

        events.forEach(Runnable::run);

        assertThat(view.membership(id.value())).isEqualTo(once);
        assertThat(view.find(id.value())).contains(summary);
    }

    /** The whole row as JSON: JDBC arrays compare by identity, their JSON by content. */
    private static String row(NetworkId id) {
        return jdbc.queryForObject("select to_jsonb(n)::text from network n where network_id = ?", String.class,
                id.value());
    }
}
