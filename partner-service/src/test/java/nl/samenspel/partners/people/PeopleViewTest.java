package nl.samenspel.partners.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The people read model on real PostgreSQL, migrated by the service's own Flyway scripts. */
class PeopleViewTest {

    private static final Instant AT = Instant.parse("2026-11-24T09:15:00.123456Z");

    private static JdbcTemplate jdbc;
    private static PeopleView view;

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(TestInfrastructure.migratedDataSource());
        view = new PeopleView(jdbc);
    }

    private static OrganisationId newOrganisationId() {
        return OrganisationId.of("vrijwilligers-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static PersonRegistered registered(PersonId id, OrganisationId organisation, String name,
            String account) {
        return new PersonRegistered(id, PersonKind.VOLUNTEER, organisation, name, "anna@example.nl",
                "+31 6 1234 5678 9012", account, AT);
    }

    @Test
    void aRegisteredPersonIsFoundWithEveryFactAndNoUndertakings() {
        PersonId id = PersonId.random();
        OrganisationId organisation = newOrganisationId();

        view.on(registered(id, organisation, "n".repeat(120), "account-" + id));

        assertThat(view.find(id.toString())).contains(new PeopleView.PersonSummary(id.toString(),
                PersonKind.VOLUNTEER, organisation.value(), "n".repeat(120), "anna@example.nl",
                "+31 6 1234 5678 9012", "account-" + id, AT, List.of()));
    }

    @Test
    void aFamilyCarerWithoutOrganisationOrContactDetailsIsKept() {
        PersonId id = PersonId.random();

        view.on(new PersonRegistered(id, PersonKind.FAMILY_CARER, null, "Anna", null, null, null, AT));

        PeopleView.PersonSummary carer = view.find(id.toString()).orElseThrow();
        assertThat(carer.organisationId()).isNull();
        assertThat(carer.accountId()).isNull();
    }

    @Test
    void undertakingsAreListedByNetwork() {
        PersonId id = PersonId.random();
        view.on(registered(id, newOrganisationId(), "Anna", null));

        view.on(new ConfidentialityUndertakingSigned(id, NetworkId.of("wijknetwerk-noord"), AT.plusSeconds(60)));
        view.on(new ConfidentialityUndertakingSigned(id, NetworkId.of("oggz-zuiderhaven"), AT.plusSeconds(120)));

        assertThat(view.find(id.toString()).orElseThrow().undertakings()).containsExactly(
                new PeopleView.Undertaking("oggz-zuiderhaven", AT.plusSeconds(120)),
                new PeopleView.Undertaking("wijknetwerk-noord", AT.plusSeconds(60)));
    }

    @Test
    void replayingEveryEventTwiceLeavesTheSameRows() {
        PersonId id = PersonId.random();
        PersonRegistered registered = registered(id, newOrganisationId(), "Anna", "account-" + id);
        ConfidentialityUndertakingSigned signed =
                new ConfidentialityUndertakingSigned(id, NetworkId.of("wijknetwerk-noord"), AT);

        view.on(registered);
        view.on(signed);
        Map<String, Object> person = jdbc.queryForMap("select * from person where person_id = ?", id.value());
        List<Map<String, Object>> undertakings = undertakingRows(id);
        view.on(registered);
        view.on(signed);

        assertThat(jdbc.queryForMap("select * from person where person_id = ?", id.value())).isEqualTo(person);
        assertThat(undertakingRows(id)).isEqualTo(undertakings).hasSize(1);
    }

    @Test
    void listsOneOrganisationsPeopleByNameEachWithTheirOwnUndertakings() {
        OrganisationId organisation = newOrganisationId();
        PersonId bram = PersonId.random();
        PersonId anna = PersonId.random();
        PersonId elsewhere = PersonId.random();
        view.on(registered(bram, organisation, "Bram", null));
        view.on(registered(anna, organisation, "Anna", null));
        OrganisationId elsewhereOrganisation = newOrganisationId();
        view.on(registered(elsewhere, elsewhereOrganisation, "Anna", null));
        view.on(new ConfidentialityUndertakingSigned(bram, NetworkId.of("wijknetwerk-noord"), AT));

        List<PeopleView.PersonSummary> people = view.all(Set.of(organisation.value()));

        assertThat(people).extracting(PeopleView.PersonSummary::personId)
                .containsExactly(anna.toString(), bram.toString());
        assertThat(people.get(0).undertakings()).isEmpty();
        assertThat(people.get(1).undertakings()).extracting(PeopleView.Undertaking::networkId)
                .containsExactly("wijknetwerk-noord");
        assertThat(view.all(Set.of(organisation.value(), elsewhereOrganisation.value())))
                .extracting(PeopleView.PersonSummary::personId)
                .contains(anna.toString(), bram.toString(), elsewhere.toString());
        assertThat(view.all(Set.of())).isEmpty();
    }

    @Test
    void findsThePersonWhoSignsInWithAnAccountTheFirstRegisteredWinning() {
        String account = "account-" + UUID.randomUUID();
        PersonId first = PersonId.random();
        PersonId later = PersonId.random();
        view.on(new PersonRegistered(later, PersonKind.VOLUNTEER, newOrganisationId(), "Later", null, null, account,
                AT.plusSeconds(1)));
        view.on(new PersonRegistered(first, PersonKind.VOLUNTEER, newOrganisationId(), "First", null, null, account,
                AT));

        assertThat(view.byAccount(account).map(PeopleView.PersonSummary::personId)).contains(first.toString());
        assertThat(view.byAccount("account-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void anUnknownPersonIsNotFound() {
        assertThat(view.find(PersonId.random().toString())).isEmpty();
    }

    private static List<Map<String, Object>> undertakingRows(PersonId id) {
        return jdbc.queryForList("select * from person_undertaking where person_id = ? order by network_id",
                id.value());
    }
}
