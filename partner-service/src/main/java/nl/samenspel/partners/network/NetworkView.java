package nl.samenspel.partners.network;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.partners.access.NetworkReach;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Read model of networks, their members, invitations and represented parties, fed by a tracking processor over
 * partner-service's own event store. Every handler is an upsert or a delete, so a replay rebuilds the same rows.
 * Nothing here is personal data: organisations, rings, and a representative only by id.
 */
@Component
@ProcessingGroup("network-view")
class NetworkView implements NetworkReach {

    record Configuration(List<LegalBasis> allowedLegalBases, boolean coreClosed, List<Sector> closedCoreSectors,
            List<Ring> informalPartyRings, boolean informalOptionFirst, Integer minimumAge, Integer maximumAge,
            List<String> neighbourhoods, String inclusionDescription, Instant configuredAt) {
    }

    record Representative(UUID personId, String organisationId, Instant appointedAt) {
    }

    /** @param configuration null only in the moment between a network's registration and its configuration */
    record NetworkSummary(String networkId, String name, NetworkType type, String municipalityCode,
            String coordinatorOrganisation, Instant registeredAt, Configuration configuration,
            Representative informalRepresentative) {
    }

    record Covenant(SignatoryLevel level, Instant signedAt) {
    }

    /** @param covenant null while the member has not signed */
    record Member(String organisationId, Ring ring, Instant joinedAt, Covenant covenant) {
    }

    record Invitation(String organisationId, Ring ring, Instant invitedAt) {
    }

    record RepresentedParty(String organisationId, UUID representativeId, Instant representedSince) {
    }

    record Membership(List<Member> members, List<Invitation> invitations, List<RepresentedParty> representedParties) {
    }

    private static final RowMapper<NetworkSummary> ROW = (rs, i) -> new NetworkSummary(rs.getString("network_id"),
            rs.getString("name"), NetworkType.valueOf(rs.getString("network_type")), rs.getString("municipality_code"),
            rs.getString("coordinator_organisation"), instant(rs, "registered_at"), configuration(rs),
            rs.getObject("representative_id") == null ? null : new Representative(rs.getObject("representative_id",
                    UUID.class), rs.getString("representative_organisation"), instant(rs, "representative_appointed_at")));

    private final JdbcTemplate jdbc;

    NetworkView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NetworkRegistered event) {
        jdbc.update("""
                insert into network (network_id, name, network_type, municipality_code, coordinator_organisation, registered_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (network_id) do update set name = excluded.name, network_type = excluded.network_type,
                    municipality_code = excluded.municipality_code,
                    coordinator_organisation = excluded.coordinator_organisation, registered_at = excluded.registered_at""",
                event.networkId().value(), event.name(), event.type().name(), event.municipalityCode(),
                event.coordinatorOrganisation().value(), Timestamp.from(event.registeredAt()));
    }

    @EventHandler
    void on(NetworkConfigured event) {
        NetworkConfiguration c = event.configuration();
        jdbc.update("""
                update network set allowed_legal_bases = ?::text[], core_closed = ?, closed_core_sectors = ?::text[],
                    informal_party_rings = ?::text[], informal_option_first = ?, minimum_age = ?, maximum_age = ?,
                    neighbourhoods = ?::text[], inclusion_description = ?, configured_at = ?
                where network_id = ?""",
                array(c.allowedLegalBases()), c.coreClosed(), array(c.closedCoreSectors()), array(c.informalPartyRings()),
                c.informalOptionFirst(), c.minimumAge(), c.maximumAge(), array(c.neighbourhoods()),
                c.inclusionDescription(), Timestamp.from(event.configuredAt()), event.networkId().value());
    }

    @EventHandler
    void on(InformalRepresentativeAppointed event) {
        jdbc.update("""
                update network set representative_id = ?, representative_organisation = ?, representative_appointed_at = ?
                where network_id = ?""",
                event.personId().value(), event.organisationId().value(), Timestamp.from(event.appointedAt()),
                event.networkId().value());
    }

    @EventHandler
    void on(OrganisationInvited event) {
        jdbc.update("""
                insert into network_invitation (network_id, organisation_id, ring, invited_at) values (?, ?, ?, ?)
                on conflict (network_id, organisation_id) do update set ring = excluded.ring,
                    invited_at = excluded.invited_at""",
                event.networkId().value(), event.organisationId().value(), event.ring().name(),
                Timestamp.from(event.invitedAt()));
    }

    @EventHandler
    void on(MemberJoined event) {
        jdbc.update("delete from network_invitation where network_id = ? and organisation_id = ?",
                event.networkId().value(), event.organisationId().value());
        jdbc.update("""
                insert into network_member (network_id, organisation_id, ring, joined_at) values (?, ?, ?, ?)
                on conflict (network_id, organisation_id) do update set ring = excluded.ring,
                    joined_at = excluded.joined_at, covenant_level = null, covenant_signed_at = null""",
                event.networkId().value(), event.organisationId().value(), event.ring().name(),
                Timestamp.from(event.joinedAt()));
    }

    @EventHandler
    void on(MemberMoved event) {
        jdbc.update("update network_member set ring = ? where network_id = ? and organisation_id = ?",
                event.toRing().name(), event.networkId().value(), event.organisationId().value());
    }

    @EventHandler
    void on(MemberLeft event) {
        jdbc.update("delete from network_member where network_id = ? and organisation_id = ?",
                event.networkId().value(), event.organisationId().value());
    }

    @EventHandler
    void on(InformalPartyRepresented event) {
        jdbc.update("""
                insert into network_represented_party (network_id, organisation_id, representative_id, represented_since)
                values (?, ?, ?, ?)
                on conflict (network_id, organisation_id) do update set representative_id = excluded.representative_id,
                    represented_since = excluded.represented_since""",
                event.networkId().value(), event.organisationId().value(), event.representativeId().value(),
                Timestamp.from(event.representedSince()));
    }

    @EventHandler
    void on(CovenantSigned event) {
        jdbc.update("""
                update network_member set covenant_level = ?, covenant_signed_at = ?
                where network_id = ? and organisation_id = ?""",
                event.level().name(), Timestamp.from(event.signedAt()), event.networkId().value(),
                event.organisationId().value());
    }

    @EventHandler
    void on(CovenantWithdrawn event) {
        jdbc.update("""
                update network_member set covenant_level = null, covenant_signed_at = null
                where network_id = ? and organisation_id = ?""",
                event.networkId().value(), event.organisationId().value());
    }

    List<NetworkSummary> all() {
        return jdbc.query("select * from network order by network_id", ROW);
    }

    Optional<NetworkSummary> find(String networkId) {
        return jdbc.query("select * from network where network_id = ?", ROW, networkId).stream().findFirst();
    }

    @Override
    public Set<OrganisationId> takingPartInNetworksCoordinatedBy(OrganisationId coordinatingOrganisation) {
        return jdbc.queryForList("""
                select m.organisation_id from network_member m join network n on n.network_id = m.network_id
                 where n.coordinator_organisation = ?
                union
                select r.organisation_id from network_represented_party r join network n on n.network_id = r.network_id
                 where n.coordinator_organisation = ?""", String.class, coordinatingOrganisation.value(),
                coordinatingOrganisation.value()).stream().map(OrganisationId::of).collect(Collectors.toUnmodifiableSet());
    }

    Membership membership(String networkId) {
        List<Member> members = jdbc.query("""
                select * from network_member where network_id = ? order by ring, organisation_id""",
                (rs, i) -> new Member(rs.getString("organisation_id"), Ring.valueOf(rs.getString("ring")),
                        instant(rs, "joined_at"), rs.getString("covenant_level") == null ? null : new Covenant(
                                SignatoryLevel.valueOf(rs.getString("covenant_level")), instant(rs, "covenant_signed_at"))),
                networkId);
        List<Invitation> invitations = jdbc.query("""
                select * from network_invitation where network_id = ? order by ring, organisation_id""",
                (rs, i) -> new Invitation(rs.getString("organisation_id"), Ring.valueOf(rs.getString("ring")),
                        instant(rs, "invited_at")), networkId);
        List<RepresentedParty> represented = jdbc.query("""
                select * from network_represented_party where network_id = ? order by organisation_id""",
                (rs, i) -> new RepresentedParty(rs.getString("organisation_id"),
                        rs.getObject("representative_id", UUID.class), instant(rs, "represented_since")), networkId);
        return new Membership(members, invitations, represented);
    }

    private static Configuration configuration(ResultSet rs) throws SQLException {
        if (rs.getTimestamp("configured_at") == null) {
            return null;
        }
        return new Configuration(values(rs, "allowed_legal_bases", LegalBasis::valueOf), rs.getBoolean("core_closed"),
                values(rs, "closed_core_sectors", Sector::valueOf), values(rs, "informal_party_rings", Ring::valueOf),
                rs.getBoolean("informal_option_first"), rs.getObject("minimum_age", Integer.class),
                rs.getObject("maximum_age", Integer.class), values(rs, "neighbourhoods", Function.identity()),
                rs.getString("inclusion_description"), instant(rs, "configured_at"));
    }

    private static <T> List<T> values(ResultSet rs, String column, Function<String, T> parse) throws SQLException {
        Array array = rs.getArray(column);
        return Arrays.stream((String[]) array.getArray()).map(parse).toList();
    }

    /** A PostgreSQL array literal; the values are enum names and CBS codes, which need no quoting. */
    private static String array(Collection<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
