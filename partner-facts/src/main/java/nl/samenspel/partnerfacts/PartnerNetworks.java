package nl.samenspel.partnerfacts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.Ring;
import org.springframework.jdbc.core.JdbcTemplate;

/** The networks this service knows from partner-service's events, with their latest configuration. */
public class PartnerNetworks {

    private final JdbcTemplate jdbc;

    public PartnerNetworks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A network registered with partner-service; its configuration is empty until the first one arrives. The
     * coordinator is empty only for networks a service knew before it kept partner facts.
     */
    public record Network(NetworkId id, NetworkType type, String municipalityCode,
            Optional<OrganisationId> coordinatorOrganisation, Optional<Configuration> configuration) {
    }

    /** How the network works (NetworkConfiguredV1), as far as this service decides on it. */
    public record Configuration(List<LegalBasis> allowedLegalBases, boolean coreClosed,
            List<Ring> informalPartyRings, boolean informalOptionFirst) {
    }

    /** Only a registration makes a network known: a configuration alone says nothing about who runs it. */
    public boolean isKnown(NetworkId id) {
        return find(id).isPresent();
    }

    public Optional<Network> find(NetworkId id) {
        return jdbc.query("""
                select network_type, municipality_code, coordinator_organisation, configured_at,
                       allowed_legal_bases, core_closed, informal_party_rings, informal_option_first
                from partner_network where network_id = ? and registered_at is not null""",
                (rs, row) -> new Network(id, NetworkType.valueOf(rs.getString("network_type")),
                        rs.getString("municipality_code"),
                        Optional.ofNullable(rs.getString("coordinator_organisation")).map(OrganisationId::of),
                        rs.getTimestamp("configured_at") == null ? Optional.empty() : Optional.of(new Configuration(
                                list(rs, "allowed_legal_bases", LegalBasis::valueOf), rs.getBoolean("core_closed"),
                                list(rs, "informal_party_rings", Ring::valueOf),
                                rs.getBoolean("informal_option_first")))),
                id.value()).stream().findFirst();
    }

    private static <T> List<T> list(ResultSet rs, String column, Function<String, T> parse) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).map(parse).toList();
    }
}
