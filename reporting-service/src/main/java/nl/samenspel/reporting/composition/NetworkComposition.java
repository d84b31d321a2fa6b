package nl.samenspel.reporting.composition;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.LeaveReason;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.contracts.partners.MemberLeftV1;
import nl.samenspel.contracts.partners.MemberMovedV1;
import nl.samenspel.contracts.partners.OrganisationRegisteredV1;
import nl.samenspel.contracts.partners.VolunteerAgreementConcludedV1;
import nl.samenspel.contracts.partners.VolunteerAgreementEndedV1;
import nl.samenspel.contracts.partners.VolunteerLoadChangedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadClearedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadFlaggedV1;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who sits in each network and how much its volunteers carry, stored fact by fact and joined when read, because
 * events about organisations, networks and agreements arrive on different partitions in any order. Holds
 * organisation ids and attributes and agreement ids for counting, never a person. Writes run inside
 * {@link nl.samenspel.shared.messaging.ProcessedEvents#runOnce}, which makes the counters count once.
 */
@Repository
class NetworkComposition {

    /** Reports speak of Dutch months and days. */
    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    record Network(String networkId, String name, String municipalityCode, String coordinatorOrganisation) {
    }

    /** Members of one ring with the same attributes; the attributes are null until the organisation is known. */
    record Members(String networkId, Ring ring, OrganisationType organisationType, KindOfHelp kindOfHelp,
            KindOfParty kindOfParty, long organisations) {
    }

    record Joins(String networkId, LocalDate month, long joins) {
    }

    record Leaves(String networkId, LocalDate month, LeaveReason reason, long leaves) {
    }

    /** Active agreements of a network's members in one capacity unit. */
    record Agreements(String networkId, CapacityUnit unit, long agreements, long load, long capacity,
            long overloadedAutomatically, long overloadedByCoach) {
    }

    private final JdbcTemplate jdbc;

    NetworkComposition(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void describe(OrganisationRegisteredV1 organisation) {
        jdbc.update("""
                insert into composition_organisation (organisation_id, kind_of_help, kind_of_party, organisation_type)
                values (?, ?, ?, ?)
                on conflict (organisation_id) do update set kind_of_help = excluded.kind_of_help,
                    kind_of_party = excluded.kind_of_party, organisation_type = excluded.organisation_type""",
                organisation.organisationId(), organisation.kindOfHelp().name(), organisation.kindOfParty().name(),
                organisation.organisationType().name());
    }

    void joined(MemberJoinedV1 joined) {
        placeMember(joined.networkId(), joined.organisationId(), joined.ring(), joined.joinedAt());
        jdbc.update("""
                insert into composition_joins (network_id, month, joins) values (?, ?, 1)
                on conflict (network_id, month) do update set joins = composition_joins.joins + 1""",
                joined.networkId(), month(joined.joinedAt()));
    }

    void moved(MemberMovedV1 moved) {
        placeMember(moved.networkId(), moved.organisationId(), moved.toRing(), moved.movedAt());
    }

    void left(MemberLeftV1 left) {
        placeMember(left.networkId(), left.organisationId(), null, left.leftAt());
        jdbc.update("""
                insert into composition_leaves (network_id, month, reason, leaves) values (?, ?, ?, 1)
                on conflict (network_id, month, reason) do update set leaves = composition_leaves.leaves + 1""",
                left.networkId(), month(left.leftAt()), left.reason().name());
    }

    private void placeMember(String networkId, String organisationId, Ring ring, Instant at) {
        jdbc.update("""
                insert into composition_membership (network_id, organisation_id, ring, changed_at) values (?, ?, ?, ?)
                on conflict (network_id, organisation_id) do update set ring = excluded.ring,
                    changed_at = excluded.changed_at
                where composition_membership.changed_at <= excluded.changed_at""",
                networkId, organisationId, ring == null ? null : ring.name(), Timestamp.from(at));
    }

    void concluded(VolunteerAgreementConcludedV1 agreement) {
        jdbc.update("""
                insert into composition_agreement (agreement_id, organisation_id, starts_on, ends_on, capacity_unit,
                    capacity, capacity_changed_at)
                values (?::uuid, ?, ?, ?, ?, ?, ?)
                on conflict (agreement_id) do update set starts_on = excluded.starts_on, ends_on = excluded.ends_on,
                    capacity_unit = case when composition_agreement.capacity_changed_at > excluded.capacity_changed_at
                        then composition_agreement.capacity_unit else excluded.capacity_unit end,
                    capacity = case when composition_agreement.capacity_changed_at > excluded.capacity_changed_at
                        then composition_agreement.capacity else excluded.capacity end,
                    capacity_changed_at = greatest(composition_agreement.capacity_changed_at,
                        excluded.capacity_changed_at)""",
                agreement.agreementId(), agreement.organisationId(), agreement.startsOn(), agreement.endsOn(),
                agreement.capacityUnit().name(), agreement.capacity(), Timestamp.from(agreement.concludedAt()));
    }

    void loadChanged(VolunteerLoadChangedV1 change) {
        jdbc.update("""
                insert into composition_agreement (agreement_id, organisation_id, capacity_unit, capacity, current_load,
                    capacity_changed_at)
                values (?::uuid, ?, ?, ?, ?, ?)
                on conflict (agreement_id) do update set capacity_unit = excluded.capacity_unit,
                    capacity = excluded.capacity, current_load = excluded.current_load,
                    capacity_changed_at = excluded.capacity_changed_at
                where composition_agreement.capacity_changed_at is null
                    or composition_agreement.capacity_changed_at <= excluded.capacity_changed_at""",
                change.agreementId(), change.organisationId(), change.capacityUnit().name(), change.capacity(),
                change.load(), Timestamp.from(change.changedAt()));
    }

    void overloadFlagged(VolunteerOverloadFlaggedV1 flag) {
        overload(flag.agreementId(), flag.organisationId(), flag.source().name(), flag.flaggedAt());
    }

    void overloadCleared(VolunteerOverloadClearedV1 cleared) {
        overload(cleared.agreementId(), cleared.organisationId(), null, cleared.clearedAt());
    }

    private void overload(String agreementId, String organisationId, String source, Instant at) {
        jdbc.update("""
                insert into composition_agreement (agreement_id, organisation_id, overload_source, overload_changed_at)
                values (?::uuid, ?, ?, ?)
                on conflict (agreement_id) do update set overload_source = excluded.overload_source,
                    overload_changed_at = excluded.overload_changed_at
                where composition_agreement.overload_changed_at is null
                    or composition_agreement.overload_changed_at <= excluded.overload_changed_at""",
                agreementId, organisationId, source, Timestamp.from(at));
    }

    void ended(VolunteerAgreementEndedV1 ended) {
        jdbc.update("""
                insert into composition_agreement (agreement_id, organisation_id, ended_on) values (?::uuid, ?, ?)
                on conflict (agreement_id) do update set ended_on = excluded.ended_on""",
                ended.agreementId(), ended.organisationId(), ended.endedOn());
    }

    /**
     * Networks known from their registration (kept by the signals feature in {@code reported_network}) or from
     * their members, optionally only one.
     */
    List<Network> networks(Optional<String> networkId) {
        return jdbc.query("""
                select n.network_id, r.name, r.municipality_code, r.coordinator_organisation
                from (select network_id from reported_network
                      union select network_id from composition_membership) n
                left join reported_network r on r.network_id = n.network_id
                where cast(? as varchar) is null or n.network_id = ?
                order by n.network_id""",
                (rs, i) -> new Network(rs.getString("network_id"), rs.getString("name"),
                        rs.getString("municipality_code"), rs.getString("coordinator_organisation")),
                networkId.orElse(null), networkId.orElse(null));
    }

    List<Members> members(Optional<String> networkId) {
        return jdbc.query("""
                select m.network_id, m.ring, o.organisation_type, o.kind_of_help, o.kind_of_party,
                       count(*) as organisations
                from composition_membership m
                left join composition_organisation o on o.organisation_id = m.organisation_id
                where m.ring is not null and (cast(? as varchar) is null or m.network_id = ?)
                group by m.network_id, m.ring, o.organisation_type, o.kind_of_help, o.kind_of_party""",
                (rs, i) -> new Members(rs.getString("network_id"), Ring.valueOf(rs.getString("ring")),
                        enumOrNull(OrganisationType.class, rs.getString("organisation_type")),
                        enumOrNull(KindOfHelp.class, rs.getString("kind_of_help")),
                        enumOrNull(KindOfParty.class, rs.getString("kind_of_party")), rs.getLong("organisations")),
                networkId.orElse(null), networkId.orElse(null));
    }

    List<Joins> joins(Optional<String> networkId) {
        return jdbc.query("""
                select network_id, month, joins from composition_joins
                where cast(? as varchar) is null or network_id = ?""",
                (rs, i) -> new Joins(rs.getString("network_id"), rs.getObject("month", LocalDate.class),
                        rs.getLong("joins")),
                networkId.orElse(null), networkId.orElse(null));
    }

    List<Leaves> leaves(Optional<String> networkId) {
        return jdbc.query("""
                select network_id, month, reason, leaves from composition_leaves
                where cast(? as varchar) is null or network_id = ?""",
                (rs, i) -> new Leaves(rs.getString("network_id"), rs.getObject("month", LocalDate.class),
                        LeaveReason.valueOf(rs.getString("reason")), rs.getLong("leaves")),
                networkId.orElse(null), networkId.orElse(null));
    }

    /**
     * Agreements active on {@code today} (started, not past their end date, not ended early) of organisations
     * that are members of a network now, in either ring; an organisation in two networks counts in both.
     */
    List<Agreements> activeAgreements(Optional<String> networkId, LocalDate today) {
        return jdbc.query("""
                select m.network_id, a.capacity_unit, count(*) as agreements, sum(a.current_load) as load,
                       sum(a.capacity) as capacity,
                       count(*) filter (where a.overload_source = 'AUTOMATIC') as automatic,
                       count(*) filter (where a.overload_source = 'COACH') as coach
                from composition_membership m
                join composition_agreement a on a.organisation_id = m.organisation_id
                where m.ring is not null and (cast(? as varchar) is null or m.network_id = ?)
                  and a.starts_on <= ? and a.ends_on >= ? and (a.ended_on is null or a.ended_on >= ?)
                group by m.network_id, a.capacity_unit""",
                (rs, i) -> new Agreements(rs.getString("network_id"),
                        CapacityUnit.valueOf(rs.getString("capacity_unit")), rs.getLong("agreements"),
                        rs.getLong("load"), rs.getLong("capacity"), rs.getLong("automatic"), rs.getLong("coach")),
                networkId.orElse(null), networkId.orElse(null), today, today, today);
    }

    static LocalDate month(Instant at) {
        return LocalDate.ofInstant(at, DUTCH_TIME).withDayOfMonth(1);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
