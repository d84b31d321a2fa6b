package nl.samenspel.partnerfacts.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Ring;
import nl.samenspel.partnerfacts.access.AccessRules.OrganisationStanding;
import nl.samenspel.partnerfacts.access.AccessRules.PersonStanding;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link PartyAccess} on this service's own partner-fact tables: one query for an organisation, two for a
 * person, each on primary keys.
 */
public class LocalPartyAccess implements PartyAccess {

    /** Agreement dates are Dutch calendar days. */
    private static final ZoneId AGREEMENT_ZONE = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public LocalPartyAccess(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public AccessDecision decide(NetworkId network, Recipient recipient, Deployment deployment) {
        if (recipient instanceof Recipient.Organisation organisation) {
            return AccessRules.forOrganisation(standing(network, Optional.of(organisation.id())),
                    deployment.includes(organisation.id()));
        }
        Recipient.Person person = (Recipient.Person) recipient;
        Optional<PersonStanding> standing = standing(network, person.id().value());
        return AccessRules.forPerson(person.id(), standing,
                standing(network, standing.flatMap(PersonStanding::organisation)), deployment);
    }

    private OrganisationStanding standing(NetworkId network, Optional<OrganisationId> organisation) {
        String organisationId = organisation.map(OrganisationId::value).orElse(null);
        return jdbc.queryForObject("""
                select exists(select 1 from partner_network
                              where network_id = ? and registered_at is not null) as network_known,
                       m.joined_at is not null and m.left_at is null as active_member,
                       m.ring,
                       exists(select 1 from partner_representation
                              where network_id = ? and organisation_id = ?) as represented,
                       c.signed_at is not null and c.ended_at is null as covenant_in_force
                from (values (1)) as one (x)
                left join partner_membership m on m.network_id = ? and m.organisation_id = ?
                left join partner_covenant c on c.network_id = ? and c.organisation_id = ?""",
                (rs, row) -> new OrganisationStanding(rs.getBoolean("network_known"),
                        rs.getBoolean("active_member"),
                        rs.getString("ring") == null ? null : Ring.valueOf(rs.getString("ring")),
                        rs.getBoolean("represented"), rs.getBoolean("covenant_in_force")),
                network.value(), network.value(), organisationId, network.value(), organisationId, network.value(),
                organisationId);
    }

    private Optional<PersonStanding> standing(NetworkId network, UUID personId) {
        LocalDate today = LocalDate.now(clock.withZone(AGREEMENT_ZONE));
        return jdbc.query("""
                select p.kind, p.organisation_id,
                       exists(select 1 from partner_undertaking u
                              where u.person_id = p.person_id and u.network_id = ?) as undertaking_signed,
                       exists(select 1 from partner_volunteer_agreement a
                              where a.volunteer_id = p.person_id and a.organisation_id = p.organisation_id
                                and a.starts_on <= ? and a.ends_on >= ?
                                and (a.ended_on is null or a.ended_on >= ?)) as agreement_in_force
                from partner_person p where p.person_id = ?""",
                (rs, row) -> new PersonStanding(PersonKind.valueOf(rs.getString("kind")),
                        Optional.ofNullable(rs.getString("organisation_id")).map(OrganisationId::of),
                        rs.getBoolean("undertaking_signed"), rs.getBoolean("agreement_in_force")),
                network.value(), today, today, today, personId).stream().findFirst();
    }
}
