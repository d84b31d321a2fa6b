package nl.samenspel.partners.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.Sector;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Read model of partner organisations and the neighbourhoods they serve (the start of the social map). */
@Component
@ProcessingGroup("organisation-view")
class OrganisationView {

    record OrganisationSummary(String organisationId, String name, KindOfHelp kindOfHelp, KindOfParty kindOfParty,
            OrganisationType organisationType, Sector sector, String municipalityCode, List<String> neighbourhoods,
            Instant registeredAt) {
    }

    private static final String SELECT = """
            select o.*, array(select n.neighbourhood_code from organisation_neighbourhood n
                              where n.organisation_id = o.organisation_id order by n.neighbourhood_code) as neighbourhoods
            from organisation o""";

    private static final RowMapper<OrganisationSummary> ROW = (rs, i) -> new OrganisationSummary(
            rs.getString("organisation_id"), rs.getString("name"), KindOfHelp.valueOf(rs.getString("kind_of_help")),
            KindOfParty.valueOf(rs.getString("kind_of_party")),
            OrganisationType.valueOf(rs.getString("organisation_type")), Sector.valueOf(rs.getString("sector")),
            rs.getString("municipality_code"), Arrays.asList((String[]) rs.getArray("neighbourhoods").getArray()),
            rs.getTimestamp("registered_at").toInstant());

    private final JdbcTemplate jdbc;

    OrganisationView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganisationRegistered event) {
        // Upserts and a replaced neighbourhood set, so a replay of the processor rebuilds the same rows.
        jdbc.update("""
                insert into organisation (organisation_id, name, kind_of_help, kind_of_party, organisation_type, sector,
                    municipality_code, registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id) do update set name = excluded.name, kind_of_help = excluded.kind_of_help,
                    kind_of_party = excluded.kind_of_party, organisation_type = excluded.organisation_type,
                    sector = excluded.sector, municipality_code = excluded.municipality_code,
                    registered_at = excluded.registered_at""",
                event.organisationId().value(), event.name(), event.kindOfHelp().name(), event.kindOfParty().name(),
                event.organisationType().name(), event.sector().name(), event.municipalityCode(),
                Timestamp.from(event.registeredAt()));
        replaceNeighbourhoods(event.organisationId(), event.neighbourhoods());
    }

    @EventHandler
    void on(ServiceAreaChanged event) {
        replaceNeighbourhoods(event.organisationId(), event.neighbourhoods());
    }

    private void replaceNeighbourhoods(OrganisationId organisationId, Set<String> neighbourhoods) {
        jdbc.update("delete from organisation_neighbourhood where organisation_id = ?", organisationId.value());
        List<Object[]> rows = neighbourhoods.stream().sorted()
                .map(code -> new Object[] {organisationId.value(), code}).toList();
        jdbc.batchUpdate("""
                insert into organisation_neighbourhood (organisation_id, neighbourhood_code) values (?, ?)
                on conflict do nothing""", rows);
    }

    /**
     * Organisations, optionally only those of one sector and those serving one neighbourhood. A buurt
     * is served by an organisation serving it or its wijk; a wijk by one serving it or any buurt in it.
     */
    List<OrganisationSummary> all(Optional<Sector> sector, Optional<String> neighbourhood) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        List<Object> args = new ArrayList<>();
        sector.ifPresent(s -> {
            sql.append(" and o.sector = ?");
            args.add(s.name());
        });
        neighbourhood.ifPresent(code -> {
            sql.append(" and exists (select 1 from organisation_neighbourhood n where n.organisation_id = o.organisation_id")
                    .append(" and (n.neighbourhood_code = ? or n.neighbourhood_code like ?))");
            args.add(code);
            args.add(code.startsWith("BU") ? "WK" + code.substring(2, 8) : "BU" + code.substring(2) + "%");
        });
        sql.append(" order by o.organisation_id");
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    Optional<OrganisationSummary> find(String organisationId) {
        return jdbc.query(SELECT + " where o.organisation_id = ?", ROW, organisationId).stream().findFirst();
    }
}
