package nl.samenspel.partners.network;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.samenspel.contracts.NetworkType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Read model of networks, fed by a tracking processor over partner-service's own event store. */
@Component
@ProcessingGroup("network-view")
class NetworkView {

    record NetworkSummary(String networkId, String name, NetworkType type, String municipalityCode,
            String coordinatorOrganisation, Instant registeredAt) {
    }

    private static final RowMapper<NetworkSummary> ROW = (rs, i) -> new NetworkSummary(rs.getString("network_id"),
            rs.getString("name"), NetworkType.valueOf(rs.getString("network_type")), rs.getString("municipality_code"),
            rs.getString("coordinator_organisation"), rs.getTimestamp("registered_at").toInstant());

    private final JdbcTemplate jdbc;

    NetworkView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NetworkRegistered event) {
        // Upsert, so a replay of the processor rebuilds the same rows.
        jdbc.update("""
                insert into network (network_id, name, network_type, municipality_code, coordinator_organisation, registered_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (network_id) do update set name = excluded.name, network_type = excluded.network_type,
                    municipality_code = excluded.municipality_code,
                    coordinator_organisation = excluded.coordinator_organisation, registered_at = excluded.registered_at""",
                event.networkId().value(), event.name(), event.type().name(), event.municipalityCode(),
                event.coordinatorOrganisation().value(), java.sql.Timestamp.from(event.registeredAt()));
    }

    List<NetworkSummary> all() {
        return jdbc.query("select * from network order by network_id", ROW);
    }

    Optional<NetworkSummary> find(String networkId) {
        return jdbc.query("select * from network where network_id = ?", ROW, networkId).stream().findFirst();
    }
}
