package nl.samenspel.partners.socialmap;

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
import nl.samenspel.contracts.Need;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.ServiceId;
import nl.samenspel.partners.organisation.OrganisationRegistered;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The social map read model on real PostgreSQL, migrated by the service's own Flyway scripts. */
class SocialMapViewTest {

    private static final Instant AT = Instant.parse("2026-11-24T09:15:00.123456Z");

    private static JdbcTemplate jdbc;
    private static SocialMapView view;

    /** This test's own organisations, so searches see only this test's rows. */
    private OrganisationId welfare;
    private OrganisationId selfHelp;

    @BeforeAll
    static void database() {
        DataSource dataSource = TestInfrastructure.migratedDataSource();
        jdbc = new JdbcTemplate(dataSource);
        view = new SocialMapView(jdbc);
    }

    @BeforeEach
    void organisations() {
        welfare = OrganisationId.of("welzijn-" + unique());
        selfHelp = OrganisationId.of("lotgenoten-" + unique());
        view.on(registered(welfare, "Welzijn Zuiderhaven", Sector.WELFARE, KindOfParty.FORMAL_ORGANISATION));
        view.on(registered(selfHelp, "Lotgenoten Zuiderhaven", Sector.SELF_HELP, KindOfParty.INFORMAL_PARTY));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String gemeente() {
        return "%04d".formatted(Math.floorMod(UUID.randomUUID().hashCode(), 10_000));
    }

    private static OrganisationRegistered registered(OrganisationId id, String name, Sector sector, KindOfParty party) {
        return new OrganisationRegistered(id, name, KindOfHelp.FORMAL, party, OrganisationType.VOLUNTEERS_ONLY, sector,
                "GM9901", Set.of("WK990101"), AT);
    }

    private static ServiceDescription description(Set<Need> needs, KindOfHelp kind, Set<String> neighbourhoods) {
        return new ServiceDescription("Maatjesproject", "Een maatje, een middag per week.", needs, kind,
                neighbourhoods, 12, "010-1234567");
    }

    private ServiceId offered(OrganisationId organisation, Set<Need> needs, KindOfHelp kind, String... neighbourhoods) {
        ServiceId id = ServiceId.of("dienst-" + unique());
        view.on(new ServiceOffered(id, organisation, description(needs, kind, Set.of(neighbourhoods)), AT));
        return id;
    }

    @Test
    void anOfferedServiceIsFoundWithItsOrganisationsFactsAndSortedSets() {
        ServiceId id = ServiceId.of("dienst-" + unique());
        view.on(new ServiceOffered(id, welfare, new ServiceDescription("Maatjesproject Noord", "Een maatje.",
                Set.of(Need.PEER_SUPPORT, Need.LONELINESS), KindOfHelp.INFORMAL, Set.of("WK990102", "BU99010101"),
                null, "Bel 010-1234567"), AT));

        assertThat(view.find(id.value())).contains(new SocialMapView.ServiceEntry(id.value(), welfare.value(),
                "Welzijn Zuiderhaven", Sector.WELFARE, KindOfParty.FORMAL_ORGANISATION, "Maatjesproject Noord",
                "Een maatje.", List.of(Need.LONELINESS, Need.PEER_SUPPORT), KindOfHelp.INFORMAL,
                List.of("BU99010101", "WK990102"), null, "Bel 010-1234567", AT, null, null));
    }

    @Test
    void aChangeReplacesTheWholeDescription() {
        ServiceId id = offered(welfare, Set.of(Need.LONELINESS, Need.FOOD), KindOfHelp.INFORMAL,
                "WK990101", "WK990102");
        ServiceDescription changed = new ServiceDescription("Voedselhulp", "Pakketten.", Set.of(Need.FOOD),
                KindOfHelp.FORMAL, Set.of("BU99010301"), null, "Inloop vrijdag 10-12 uur");

        view.on(new ServiceChanged(id, welfare, changed, AT.plusSeconds(60)));

        SocialMapView.ServiceEntry entry = view.find(id.value()).orElseThrow();
        assertThat(entry.name()).isEqualTo("Voedselhulp");
        assertThat(entry.description()).isEqualTo("Pakketten.");
        assertThat(entry.needs()).containsExactly(Need.FOOD);
        assertThat(entry.kindOfHelp()).isEqualTo(KindOfHelp.FORMAL);
        assertThat(entry.neighbourhoods()).containsExactly("BU99010301");
        assertThat(entry.capacity()).isNull();
        assertThat(entry.howToReach()).isEqualTo("Inloop vrijdag 10-12 uur");
        assertThat(entry.offeredAt()).isEqualTo(AT);
        assertThat(entry.changedAt()).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void aWithdrawnServiceIsNoLongerListedButCanStillBeLookedUp() {
        ServiceId id = offered(welfare, Set.of(Need.LONELINESS), KindOfHelp.INFORMAL, "WK990101");

        view.on(new ServiceWithdrawn(id, welfare, AT.plusSeconds(60)));

        assertThat(ids(search(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(welfare.value()))))
                .doesNotContain(id.value());
        assertThat(view.find(id.value()).orElseThrow().withdrawnAt()).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void replayingEveryEventTwiceLeavesTheSameRows() {
        ServiceId id = ServiceId.of("dienst-" + unique());
        ServiceOffered offered = new ServiceOffered(id, welfare,
                description(Set.of(Need.LONELINESS), KindOfHelp.INFORMAL, Set.of("WK990101")), AT);
        ServiceChanged changed = new ServiceChanged(id, welfare,
                description(Set.of(Need.FOOD, Need.HOUSING), KindOfHelp.FORMAL, Set.of("WK990102", "BU99010101")),
                AT.plusSeconds(60));
        ServiceWithdrawn withdrawn = new ServiceWithdrawn(id, welfare, AT.plusSeconds(120));

        view.on(offered);
        view.on(changed);
        view.on(withdrawn);
        List<Map<String, Object>> rows = rows(id);
        view.on(offered);
        view.on(changed);
        view.on(withdrawn);

        assertThat(rows(id)).isEqualTo(rows);
        assertThat(view.find(id.value()).orElseThrow().withdrawnAt()).isEqualTo(AT.plusSeconds(120));
        assertThat(view.find(id.value()).orElseThrow().needs()).containsExactly(Need.HOUSING, Need.FOOD);
    }

    @Test
    void searchesByNeedKindOfHelpAndOrganisationAloneAndCombined() {
        ServiceId lonelinessInformal = offered(welfare, Set.of(Need.LONELINESS, Need.DAILY_STRUCTURE),
                KindOfHelp.INFORMAL, "WK990101");
        ServiceId lonelinessFormal = offered(welfare, Set.of(Need.LONELINESS), KindOfHelp.FORMAL, "WK990101");
        ServiceId peerSupport = offered(selfHelp, Set.of(Need.PEER_SUPPORT, Need.LONELINESS), KindOfHelp.INFORMAL,
                "WK990101");

        assertThat(ids(search(Optional.of(Need.LONELINESS), Optional.empty(), Optional.empty(),
                Optional.of(welfare.value())))).containsExactlyInAnyOrder(lonelinessInformal.value(),
                lonelinessFormal.value());
        assertThat(ids(search(Optional.empty(), Optional.empty(), Optional.of(KindOfHelp.INFORMAL),
                Optional.of(welfare.value())))).containsExactly(lonelinessInformal.value());
        assertThat(ids(search(Optional.of(Need.PEER_SUPPORT), Optional.empty(), Optional.empty(),
                Optional.of(selfHelp.value())))).containsExactly(peerSupport.value());
        assertThat(ids(search(Optional.of(Need.DAILY_STRUCTURE), Optional.empty(), Optional.empty(),
                Optional.empty()))).contains(lonelinessInformal.value())
                .doesNotContain(lonelinessFormal.value(), peerSupport.value());
        assertThat(ids(search(Optional.of(Need.LONELINESS), Optional.empty(), Optional.of(KindOfHelp.INFORMAL),
                Optional.empty()))).contains(lonelinessInformal.value(), peerSupport.value())
                .doesNotContain(lonelinessFormal.value());
        assertThat(ids(search(Optional.of(Need.HOUSING), Optional.empty(), Optional.empty(),
                Optional.of(welfare.value())))).isEmpty();
    }

    @Test
    void aBuurtMatchesServicesInItOrItsWijkAndAWijkThoseInItOrAnyOfItsBuurten() {
        String gm = gemeente();
        ServiceId wijk = offered(welfare, Set.of(Need.FOOD), KindOfHelp.INFORMAL, "WK" + gm + "01");
        ServiceId buurt = offered(welfare, Set.of(Need.FOOD), KindOfHelp.FORMAL, "BU" + gm + "0102");
        ServiceId otherBuurt = offered(selfHelp, Set.of(Need.PEER_SUPPORT), KindOfHelp.INFORMAL, "BU" + gm + "0103");
        ServiceId otherWijk = offered(welfare, Set.of(Need.FOOD), KindOfHelp.INFORMAL, "WK" + gm + "02");

        assertThat(ids(search(Optional.empty(), Optional.of("BU" + gm + "0102"), Optional.empty(), Optional.empty())))
                .containsExactlyInAnyOrder(wijk.value(), buurt.value());
        assertThat(ids(search(Optional.empty(), Optional.of("WK" + gm + "01"), Optional.empty(), Optional.empty())))
                .containsExactlyInAnyOrder(wijk.value(), buurt.value(), otherBuurt.value());
        assertThat(ids(search(Optional.empty(), Optional.of("WK" + gm + "02"), Optional.empty(), Optional.empty())))
                .containsExactly(otherWijk.value());
        assertThat(ids(search(Optional.of(Need.FOOD), Optional.of("WK" + gm + "01"), Optional.of(KindOfHelp.INFORMAL),
                Optional.empty()))).containsExactly(wijk.value());
        assertThat(ids(search(Optional.empty(), Optional.of("WK" + gm + "01"), Optional.empty(),
                Optional.of(selfHelp.value())))).containsExactly(otherBuurt.value());
    }

    @Test
    void aSelfHelpGroupsEntryCarriesItsOrganisationAndNoPersonAtAll() {
        ServiceId group = offered(selfHelp, Set.of(Need.PEER_SUPPORT), KindOfHelp.INFORMAL, "WK990101");

        SocialMapView.ServiceEntry entry = view.find(group.value()).orElseThrow();

        assertThat(entry.sector()).isEqualTo(Sector.SELF_HELP);
        assertThat(entry.kindOfParty()).isEqualTo(KindOfParty.INFORMAL_PARTY);
        assertThat(entry.organisationName()).isEqualTo("Lotgenoten Zuiderhaven");
    }

    @Test
    void noSocialMapTableHasAColumnForAPersonOrAMember() {
        List<String> columns = jdbc.queryForList("""
                select table_name || '.' || column_name from information_schema.columns
                where table_name like 'social_map%'""", String.class);

        assertThat(columns).isNotEmpty().allSatisfy(column -> assertThat(column)
                .doesNotContainIgnoringCase("member").doesNotContainIgnoringCase("participant")
                .doesNotContainIgnoringCase("person").doesNotContainIgnoringCase("email")
                .doesNotContainIgnoringCase("phone").doesNotContainIgnoringCase("contact"));
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_name like "
                + "'social_map%' order by table_name", String.class)).containsExactly("social_map_organisation",
                "social_map_service", "social_map_service_need", "social_map_service_neighbourhood");
    }

    @Test
    void anUnknownServiceIsNotFound() {
        assertThat(view.find("dienst-" + unique())).isEmpty();
    }

    private static List<SocialMapView.ServiceEntry> search(Optional<Need> need, Optional<String> neighbourhood,
            Optional<KindOfHelp> kind, Optional<String> organisationId) {
        return view.search(new SocialMapView.Search(need, neighbourhood, kind, organisationId));
    }

    private static List<String> ids(List<SocialMapView.ServiceEntry> entries) {
        return entries.stream().map(SocialMapView.ServiceEntry::serviceId).toList();
    }

    private static List<Map<String, Object>> rows(ServiceId id) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(
                jdbc.queryForList("select * from social_map_service where service_id = ?", id.value()));
        rows.addAll(jdbc.queryForList("select * from social_map_service_need where service_id = ? order by need",
                id.value()));
        rows.addAll(jdbc.queryForList("select * from social_map_service_neighbourhood where service_id = ? "
                + "order by neighbourhood_code", id.value()));
        return rows;
    }
}
