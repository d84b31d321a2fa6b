package nl.samenspel.reporting.signals;

import java.util.List;
import nl.samenspel.contracts.Formality;
import nl.samenspel.contracts.cases.SignalRaisedV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Signals counted per network and by formality of the source. Holds counts and network facts
 * only: nothing here can be traced back to a person. Updates run inside
 * {@link nl.samenspel.shared.messaging.ProcessedEvents#runOnce}, which makes them count once.
 */
@Repository
class SignalsPerNetwork {

    record Row(String networkId, String networkName, String municipalityCode, String coordinatorOrganisation,
            long signals, long formal, long informal) {
    }

    private final JdbcTemplate jdbc;

    SignalsPerNetwork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void count(SignalRaisedV1 signal) {
        boolean formal = signal.formality() == Formality.FORMAL;
        jdbc.update("""
                insert into signals_per_network (network_id, signals, formal_signals, informal_signals)
                values (?, 1, ?, ?)
                on conflict (network_id) do update set signals = signals_per_network.signals + 1,
                    formal_signals = signals_per_network.formal_signals + excluded.formal_signals,
                    informal_signals = signals_per_network.informal_signals + excluded.informal_signals""",
                signal.networkId(), formal ? 1 : 0, formal ? 0 : 1);
    }

    void describe(NetworkRegisteredV1 network) {
        jdbc.update("""
                insert into reported_network (network_id, name, network_type, municipality_code, coordinator_organisation)
                values (?, ?, ?, ?, ?)
                on conflict (network_id) do update set name = excluded.name, network_type = excluded.network_type,
                    municipality_code = excluded.municipality_code,
                    coordinator_organisation = excluded.coordinator_organisation""",
                network.networkId(), network.name(), network.type().name(), network.municipalityCode(),
                network.coordinatorOrganisation());
    }

    List<Row> all() {
        return jdbc.query("""
                select coalesce(n.network_id, s.network_id) as network_id, n.name, n.municipality_code,
                       n.coordinator_organisation,
                       coalesce(s.signals, 0) as signals, coalesce(s.formal_signals, 0) as formal_signals,
                       coalesce(s.informal_signals, 0) as informal_signals
                from reported_network n full outer join signals_per_network s on s.network_id = n.network_id
                order by 1""",
                (rs, i) -> new Row(rs.getString("network_id"), rs.getString("name"), rs.getString("municipality_code"),
                        rs.getString("coordinator_organisation"), rs.getLong("signals"), rs.getLong("formal_signals"), rs.getLong("informal_signals")));
    }
}
