package nl.samenspel.partners.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.Sector;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The organisation read model on real PostgreSQL, migrated by the service's own Flyway scripts. */
class OrganisationViewTest {

    private static final Instant AT = Instant.parse("2026-11-24T09:15:00.123456Z");

    private static JdbcTemplate jdbc;
    private static OrganisationView view;

    @BeforeAll
    static void database() {
        DataSource dataSource = TestInfrastructure.migratedDataSource();
        jdbc = new JdbcTemplate(dataSource);
        view = new OrganisationView(jdbc);
    }

    /** A unique id and, so filters see only this test's rows, a unique municipality part for its codes. */
    private static OrganisationId newOrganisationId() {
        return OrganisationId.of("buurtzorg-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static String gemeente() {
        return "%04d".formatted(Math.floorMod(UUID.randomUUID().hashCode(), 10_000));
    }

    private static OrganisationRegistered registered(OrganisationId id, Sector sector, Set<String> neighbourhoods) {
        return new OrganisationRegistered(id, "Buurtzorg Noord", KindOfHelp.FORMAL, KindOfParty.FORMAL_ORGANISATION,
                OrganisationType.PROFESSIONALS_WITH_VOLUNTEER_SUPPORT, sector, "GM9901", neighbourhoods, AT);
    }

    @Test
    void aRegisteredOrganisationCanBeFoundWithEveryFactAndSortedNeighbourhoods() {
        OrganisationId id = newOrganisationId();

        view.on(registered(id, Sector.HOME_CARE, Set.of("WK990102", "BU99010101")));

        assertThat(view.find(id.value())).contains(new OrganisationView.OrganisationSummary(id.value(),
                "Buurtzorg Noord", KindOfHelp.FORMAL, KindOfParty.FORMAL_ORGANISATION,
                OrganisationType.PROFESSIONALS_WITH_VOLUNTEER_SUPPORT, Sector.HOME_CARE, "GM9901",
                List.of("BU99010101", "WK990102"), AT));
    }

    @Test
    void replayingEveryEventTwiceLeavesTheSameRows() {
        OrganisationId id = newOrganisationId();
        OrganisationRegistered registered = registered(id, Sector.WELFARE, Set.of("WK990101", "WK990102"));
        ServiceAreaChanged changed = new ServiceAreaChanged(id, Set.of("WK990102", "BU99010301"), AT.plusSeconds(60));

        view.on(registered);
        view.on(changed);
        Map<String, Object> organisation = organisationRow(id);
        List<Map<String, Object>> neighbourhoods = neighbourhoodRows(id);
        view.on(registered);
        view.on(changed);

        assertThat(organisationRow(id)).isEqualTo(organisation);
        assertThat(neighbourhoodRows(id)).isEqualTo(neighbourhoods);
        assertThat(view.find(id.value()).orElseThrow().neighbourhoods()).containsExactly("BU99010301", "WK990102");
        assertThat(jdbc.queryForObject("select count(*) from organisation where organisation_id = ?", Long.class,
                id.value())).isEqualTo(1);
    }

    @Test
    void aChangedServiceAreaReplacesThePreviousOne() {
        OrganisationId id = newOrganisationId();
        view.on(registered(id, Sector.WELFARE, Set.of("WK990101", "WK990102")));

        view.on(new ServiceAreaChanged(id, Set.of("BU99010301"), AT));

        assertThat(view.find(id.value()).orElseThrow().neighbourhoods()).containsExactly("BU99010301");
    }

    @Test
    void aReplayedEventRestoresTheRowFromTheEvent() {
        OrganisationId id = newOrganisationId();
        OrganisationRegistered event = registered(id, Sector.WELFARE, Set.of("WK990101"));
        view.on(event);
        jdbc.update("update organisation set name = 'tampered' where organisation_id = ?", id.value());

        view.on(event);

        assertThat(view.find(id.value()).orElseThrow().name()).isEqualTo("Buurtzorg Noord");
    }

    @Test
    void filtersBySector() {
        String gm = gemeente();
        OrganisationId debt = newOrganisationId();
        OrganisationId housing = newOrganisationId();
        view.on(registered(debt, Sector.DEBT_HELP, Set.of("WK" + gm + "01")));
        view.on(registered(housing, Sector.HOUSING, Set.of("WK" + gm + "01")));

        List<String> found = ids(view.all(Optional.of(Sector.DEBT_HELP), Optional.of("WK" + gm + "01")));

        assertThat(found).contains(debt.value()).doesNotContain(housing.value());
        assertThat(ids(view.all(Optional.empty(), Optional.empty()))).contains(debt.value(), housing.value());
    }

    @Test
    void aBuurtIsServedByOrganisationsServingItOrItsWijk() {
        String gm = gemeente();
        OrganisationId wijk = newOrganisationId();
        OrganisationId buurt = newOrganisationId();
        OrganisationId otherBuurt = newOrganisationId();
        OrganisationId otherWijk = newOrganisationId();
        view.on(registered(wijk, Sector.WELFARE, Set.of("WK" + gm + "01")));
        view.on(registered(buurt, Sector.WELFARE, Set.of("BU" + gm + "0102")));
        view.on(registered(otherBuurt, Sector.WELFARE, Set.of("BU" + gm + "0103")));
        view.on(registered(otherWijk, Sector.WELFARE, Set.of("WK" + gm + "02")));

        assertThat(ids(view.all(Optional.empty(), Optional.of("BU" + gm + "0102"))))
                .containsExactlyInAnyOrder(wijk.value(), buurt.value());
        assertThat(ids(view.all(Optional.empty(), Optional.of("WK" + gm + "01"))))
                .containsExactlyInAnyOrder(wijk.value(), buurt.value(), otherBuurt.value());
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        assertThat(view.find(newOrganisationId().value())).isEmpty();
    }

    private static List<String> ids(List<OrganisationView.OrganisationSummary> organisations) {
        return organisations.stream().map(OrganisationView.OrganisationSummary::organisationId).toList();
    }

    private static Map<String, Object> organisationRow(OrganisationId id) {
        return jdbc.queryForMap("select * from organisation where organisation_id = ?", id.value());
    }

    private static List<Map<String, Object>> neighbourhoodRows(OrganisationId id) {
        return jdbc.queryForList("select * from organisation_neighbourhood where organisation_id = ? "
                + "order by neighbourhood_code", id.value());
    }
}
