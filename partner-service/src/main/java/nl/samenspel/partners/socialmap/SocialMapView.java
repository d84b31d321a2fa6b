package nl.samenspel.partners.socialmap;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.Need;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.ServiceId;
import nl.samenspel.partners.organisation.OrganisationRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Read model of the social map: services with the name, sector and kind of party of the organisation
 * offering them. No personal data, so anyone signed in may search it.
 */
@Component
@ProcessingGroup("social-map-view")
class SocialMapView {

    /**
     * One service on the map with its organisation's facts.
     *
     * @param capacity    places, or null when not limited
     * @param changedAt   null until the description is first changed
     * @param withdrawnAt null while the service is listed
     */
    record ServiceEntry(String serviceId, String organisationId, String organisationName, Sector sector,
            KindOfParty kindOfParty, String name, String description, List<Need> needs, KindOfHelp kindOfHelp,
            List<String> neighbourhoods, Integer capacity, String howToReach, Instant offeredAt, Instant changedAt,
            Instant withdrawnAt) {
    }

    /** The optional search filters; all given ones must match. */
    record Search(Optional<Need> need, Optional<String> neighbourhood, Optional<KindOfHelp> kindOfHelp,
            Optional<String> organisationId) {
    }

    private static final String SELECT = """
            select s.*, o.name as organisation_name, o.sector, o.kind_of_party,
                array(select n.need from social_map_service_need n where n.service_id = s.service_id) as needs,
                array(select n.neighbourhood_code from social_map_service_neighbourhood n
                      where n.service_id = s.service_id order by n.neighbourhood_code) as neighbourhoods
            from social_map_service s join social_map_organisation o on o.organisation_id = s.organisation_id""";

    private static final RowMapper<ServiceEntry> ROW = (rs, i) -> new ServiceEntry(rs.getString("service_id"),
            rs.getString("organisation_id"), rs.getString("organisation_name"), Sector.valueOf(rs.getString("sector")),
            KindOfParty.valueOf(rs.getString("kind_of_party")), rs.getString("name"), rs.getString("description"),
            // In the order of the published language, as the integration events list them.
            strings(rs.getArray("needs")).stream().map(Need::valueOf).sorted().toList(),
            KindOfHelp.valueOf(rs.getString("kind_of_help")), strings(rs.getArray("neighbourhoods")),
            rs.getObject("capacity", Integer.class), rs.getString("how_to_reach"),
            instant(rs.getTimestamp("offered_at")), instant(rs.getTimestamp("changed_at")),
            instant(rs.getTimestamp("withdrawn_at")));

    private final JdbcTemplate jdbc;

    SocialMapView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // Every handler upserts or replaces, so a replay of the processor rebuilds the same rows.

    @EventHandler
    void on(OrganisationRegistered event) {
        jdbc.update("""
                insert into social_map_organisation (organisation_id, name, sector, kind_of_party) values (?, ?, ?, ?)
                on conflict (organisation_id) do update set name = excluded.name, sector = excluded.sector,
                    kind_of_party = excluded.kind_of_party""",
                event.organisationId().value(), event.name(), event.sector().name(), event.kindOfParty().name());
    }

    @EventHandler
    void on(ServiceOffered event) {
        ServiceDescription service = event.service();
        jdbc.update("""
                insert into social_map_service (service_id, organisation_id, name, description, kind_of_help, capacity,
                    how_to_reach, offered_at, changed_at, withdrawn_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, null, null)
                on conflict (service_id) do update set organisation_id = excluded.organisation_id, name = excluded.name,
                    description = excluded.description, kind_of_help = excluded.kind_of_help,
                    capacity = excluded.capacity, how_to_reach = excluded.how_to_reach,
                    offered_at = excluded.offered_at, changed_at = null, withdrawn_at = null""",
                event.serviceId().value(), event.organisationId().value(), service.name(), service.description(),
                service.kindOfHelp().name(), service.capacity(), service.howToReach(),
                Timestamp.from(event.offeredAt()));
        replaceNeedsAndNeighbourhoods(event.serviceId(), service);
    }

    @EventHandler
    void on(ServiceChanged event) {
        ServiceDescription service = event.service();
        jdbc.update("""
                update social_map_service set name = ?, description = ?, kind_of_help = ?, capacity = ?,
                    how_to_reach = ?, changed_at = ?
                where service_id = ?""",
                service.name(), service.description(), service.kindOfHelp().name(), service.capacity(),
                service.howToReach(), Timestamp.from(event.changedAt()), event.serviceId().value());
        replaceNeedsAndNeighbourhoods(event.serviceId(), service);
    }

    @EventHandler
    void on(ServiceWithdrawn event) {
        jdbc.update("update social_map_service set withdrawn_at = ? where service_id = ?",
                Timestamp.from(event.withdrawnAt()), event.serviceId().value());
    }

    private void replaceNeedsAndNeighbourhoods(ServiceId serviceId, ServiceDescription service) {
        String id = serviceId.value();
        jdbc.update("delete from social_map_service_need where service_id = ?", id);
        jdbc.batchUpdate("insert into social_map_service_need (service_id, need) values (?, ?)",
                service.needs().stream().sorted().map(need -> new Object[] {id, need.name()}).toList());
        jdbc.update("delete from social_map_service_neighbourhood where service_id = ?", id);
        jdbc.batchUpdate("insert into social_map_service_neighbourhood (service_id, neighbourhood_code) values (?, ?)",
                service.neighbourhoods().stream().sorted().map(code -> new Object[] {id, code}).toList());
    }

    /**
     * Listed services matching every given filter, by name. A buurt matches services offered in it or in its
     * wijk; a wijk matches services offered in it or in any buurt in it.
     */
    List<ServiceEntry> search(Search search) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where s.withdrawn_at is null");
        List<Object> args = new ArrayList<>();
        search.need().ifPresent(need -> {
            sql.append(" and exists (select 1 from social_map_service_need n where n.service_id = s.service_id")
                    .append(" and n.need = ?)");
            args.add(need.name());
        });
        search.neighbourhood().ifPresent(code -> {
            sql.append(" and exists (select 1 from social_map_service_neighbourhood n")
                    .append(" where n.service_id = s.service_id")
                    .append(" and (n.neighbourhood_code = ? or n.neighbourhood_code like ?))");
            args.add(code);
            args.add(code.startsWith("BU") ? "WK" + code.substring(2, 8) : "BU" + code.substring(2) + "%");
        });
        search.kindOfHelp().ifPresent(kind -> {
            sql.append(" and s.kind_of_help = ?");
            args.add(kind.name());
        });
        search.organisationId().ifPresent(organisationId -> {
            sql.append(" and s.organisation_id = ?");
            args.add(organisationId);
        });
        sql.append(" order by s.name, s.service_id");
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    /** A service by id, withdrawn ones included, so a link shared earlier still says what became of it. */
    Optional<ServiceEntry> find(String serviceId) {
        return jdbc.query(SELECT + " where s.service_id = ?", ROW, serviceId).stream().findFirst();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
