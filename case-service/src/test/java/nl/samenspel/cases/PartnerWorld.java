package nl.samenspel.cases;

import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.contracts.partners.ConfidentialityUndertakingSignedV1;
import nl.samenspel.contracts.partners.CovenantSignedV1;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.contracts.partners.NetworkConfiguredV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.contracts.partners.OrganisationRegisteredV1;
import nl.samenspel.contracts.partners.PersonAccountLinkedV1;
import nl.samenspel.contracts.partners.PersonRegisteredV1;
import nl.samenspel.contracts.partners.VolunteerAgreementConcludedV1;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.TestInfrastructure;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A neighbourhood network of its own per test, announced the way partner-service does, on the real broker:
 * every id is unique, so tests share the database without seeing each other's partners.
 */
public final class PartnerWorld {

    public final String network = "wijk-" + suffix();
    public final String coordinator = "welzijn-" + suffix();
    private final String bootstrapServers;
    private final JdbcTemplate jdbc;

    public PartnerWorld(String bootstrapServers, JdbcTemplate jdbc, boolean informalOptionFirst) {
        this.bootstrapServers = bootstrapServers;
        this.jdbc = jdbc;
        publish(new NetworkRegisteredV1(network, "Wijknetwerk test", NetworkType.NEIGHBOURHOOD, "GM9901",
                coordinator, Instant.now()));
        publish(new NetworkConfiguredV1(network, List.of(LegalBasis.NONE_YET, LegalBasis.EXPLICIT_CONSENT), false,
                List.of(), List.of(Ring.CORE, Ring.OUTER), informalOptionFirst, 18, null, List.of(), "Wijkbewoners",
                Instant.now()));
        register(coordinator, KindOfHelp.FORMAL, Sector.WELFARE);
        member(coordinator, true);
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from partner_network where network_id = ? and registered_at is not null "
                        + "and configured_at is not null)", Boolean.class, network)));
    }

    /** A real token of the network's coordinator, who runs its cases. */
    public String coordinatorToken() {
        return TestInfrastructure.token("coordinator-" + coordinator, coordinator, Roles.NETWORK_COORDINATOR);
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers an organisation with a fresh id starting with {@code prefix}, and waits until it is known. */
    public String organisation(String prefix, KindOfHelp help, Sector sector) {
        return register(prefix + "-" + suffix(), help, sector);
    }

    private String register(String id, KindOfHelp help, Sector sector) {
        publish(new OrganisationRegisteredV1(id, "Organisatie " + id, help,
                sector == Sector.SELF_HELP ? KindOfParty.INFORMAL_PARTY : KindOfParty.FORMAL_ORGANISATION,
                OrganisationType.PROFESSIONALS_ONLY, sector, "GM9901", List.of("WK990101"), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from partner_organisation where organisation_id = ?)", Boolean.class, id)));
        return id;
    }

    /** A core member, with or without the network's privacy covenant. */
    public void member(String organisation, boolean covenant) {
        publish(new MemberJoinedV1(network, organisation, Ring.CORE, Instant.now()));
        if (covenant) {
            publish(new CovenantSignedV1(network, organisation, UUID.randomUUID().toString(), SignatoryLevel.BOARD,
                    Instant.now()));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists(select 1 from partner_membership m where m.network_id = ? and m.organisation_id = ?
                    and (not ? or exists(select 1 from partner_covenant c where c.network_id = m.network_id
                                         and c.organisation_id = m.organisation_id and c.signed_at is not null)))""",
                Boolean.class, network, organisation, covenant)));
    }

    public PersonId professional(String organisation) {
        return person(PersonKind.PROFESSIONAL, organisation);
    }

    /** A volunteer of {@code organisation} with an agreement in force and, if asked, a signed undertaking. */
    public PersonId volunteer(String organisation, boolean undertaking) {
        PersonId volunteer = person(PersonKind.VOLUNTEER, organisation);
        publish(new VolunteerAgreementConcludedV1(UUID.randomUUID().toString(), volunteer.asString(), organisation,
                List.of(VolunteerTask.COMPANIONSHIP), List.of(DayOfWeek.TUESDAY), LocalDate.now().minusDays(7),
                LocalDate.now().plusYears(1), CapacityUnit.CASES, 2, Instant.now()));
        if (undertaking) {
            publish(new ConfidentialityUndertakingSignedV1(volunteer.asString(), network, Instant.now()));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists(select 1 from partner_volunteer_agreement where volunteer_id = ?)
                   and (not ? or exists(select 1 from partner_undertaking where person_id = ?))""",
                Boolean.class, volunteer.value(), undertaking, volunteer.value())));
        return volunteer;
    }

    /** Links a new login to the person, as partner-service announces it; returns the login (the token subject). */
    public String login(PersonId person) {
        String login = "login-" + UUID.randomUUID();
        publish(new PersonAccountLinkedV1(person.asString(), login, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from partner_person_account where account_id = ?)", Boolean.class, login)));
        return login;
    }

    private PersonId person(PersonKind kind, String organisation) {
        PersonId person = PersonId.random();
        publish(new PersonRegisteredV1(person.asString(), kind, organisation, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from partner_person where person_id = ?)", Boolean.class, person.value())));
        return person;
    }

    private void publish(IntegrationEvent event) {
        KafkaTopics.publish(bootstrapServers, Topics.PARTNER_EVENTS, event);
    }
}
