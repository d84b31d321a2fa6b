package nl.samenspel.cases.network;

import nl.samenspel.cases.signal.KnownNetworks;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** case-service's own copy of the networks partner-service registered. */
@Repository
class NetworkDirectory implements KnownNetworks {

    private final JdbcTemplate jdbc;

    NetworkDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean contains(NetworkId networkId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from known_network where network_id = ?)", Boolean.class, networkId.value()));
    }

    void register(NetworkRegisteredV1 event) {
        jdbc.update("""
                insert into known_network (network_id, network_type, municipality_code, registered_at)
                values (?, ?, ?, ?)
                on conflict (network_id) do nothing""",
                event.networkId(), event.type().name(), event.municipalityCode(),
                java.sql.Timestamp.from(event.registeredAt()));
    }
}
