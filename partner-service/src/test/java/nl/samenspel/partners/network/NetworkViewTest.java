package nl.samenspel.partners.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The network read model on real PostgreSQL, migrated by the service's own Flyway scripts. */
class NetworkViewTest {

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
                "OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901", "ggd-zuiderhaven", at));
    }

    @Test
    void applyingTheSameEventTwiceLeavesOneIdenticalRow() {
        NetworkId id = newNetworkId();
        NetworkRegistered event = registered(id, "Wijknetwerk Noord", NetworkType.NEIGHBOURHOOD,
                Instant.parse("2026-11-24T10:00:00Z"));

        view.on(event);
        Map<String, Object> first = row(id);
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

    private static Map<String, Object> row(NetworkId id) {
        return jdbc.queryForMap("select * from network where network_id = ?", id.value());
    }
}
