package nl.samenspel.partnerfacts;

import java.util.Optional;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Sector;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What this service knows of one organisation or one person from partner-service's events: enough to tell
 * formal from informal help, a self-help group from other partners, and a professional from an informal helper.
 */
public class PartnerParties {

    private final JdbcTemplate jdbc;

    public PartnerParties(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Organisation(OrganisationId id, KindOfHelp kindOfHelp, Sector sector) {
    }

    /** @param organisation empty for a family carer without an organisation */
    public record Person(PersonId id, PersonKind kind, Optional<OrganisationId> organisation) {
    }

    /** Only a registration makes an organisation known: a membership alone says nothing about its kind. */
    public Optional<Organisation> organisation(OrganisationId id) {
        return jdbc.query("""
                select kind_of_help, sector from partner_organisation
                where organisation_id = ? and registered_at is not null""",
                (rs, row) -> new Organisation(id, KindOfHelp.valueOf(rs.getString("kind_of_help")),
                        Sector.valueOf(rs.getString("sector"))),
                id.value()).stream().findFirst();
    }

    public Optional<Person> person(PersonId id) {
        return jdbc.query("select kind, organisation_id from partner_person where person_id = ?",
                (rs, row) -> new Person(id, PersonKind.valueOf(rs.getString("kind")),
                        Optional.ofNullable(rs.getString("organisation_id")).map(OrganisationId::of)),
                id.value()).stream().findFirst();
    }

    /**
     * The registered person who signs in with this login. Should two people ever claim one login (partner-service
     * refuses that, but checks on a read model), the one it was linked to first keeps it: a later claim never
     * takes over someone's tasks.
     */
    public Optional<Person> personSigningInAs(String accountId) {
        return jdbc.query("""
                select p.person_id, p.kind, p.organisation_id
                from partner_person_account a join partner_person p on p.person_id = a.person_id
                where a.account_id = ?
                order by a.linked_at, a.person_id
                limit 1""",
                (rs, row) -> new Person(PersonId.of(rs.getString("person_id")), PersonKind.valueOf(rs.getString("kind")),
                        Optional.ofNullable(rs.getString("organisation_id")).map(OrganisationId::of)),
                accountId).stream().findFirst();
    }
}
