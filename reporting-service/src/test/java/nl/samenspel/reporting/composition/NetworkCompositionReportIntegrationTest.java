package nl.samenspel.reporting.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.contracts.partners.OrganisationRegisteredV1;
import nl.samenspel.contracts.partners.VolunteerAgreementConcludedV1;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.ServiceIntegrationTest;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkCompositionReportIntegrationTest extends ServiceIntegrationTest {

    private static String analyst() {
        return TestInfrastructure.token("analist-joost", "gemeente-zuiderhaven", Roles.MUNICIPALITY_ANALYST);
    }

    private static String coordinatorOf(String organisation) {
        return TestInfrastructure.token("coordinator-" + organisation, organisation, Roles.NETWORK_COORDINATOR);
    }

    @Test
    void theNetworksCoordinatorSeesExactVolunteerFiguresAndAnAnalystSeesThemSuppressed() {
        String networkId = newId("wijknetwerk");
        String welfare = newId("welzijn");
        String volunteers = newId("vrijwilligers");
        String church = newId("kerk");
        // The members and agreements go out before the organisations and the network are described.
        String joined = publish(new MemberJoinedV1(networkId, volunteers, Ring.CORE, Instant.now()));
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS,
                new MemberJoinedV1(networkId, volunteers, Ring.CORE, Instant.now()), joined);
        for (int i = 0; i < 3; i++) {
            publish(new VolunteerAgreementConcludedV1(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    volunteers, List.of(VolunteerTask.COMPANIONSHIP), List.of(DayOfWeek.WEDNESDAY),
                    LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(6), CapacityUnit.HOURS_PER_WEEK, 4,
                    Instant.now()));
        }
        publish(new MemberJoinedV1(networkId, church, Ring.OUTER, Instant.now()));
        publish(organisation(volunteers, KindOfHelp.INFORMAL, KindOfParty.FORMAL_ORGANISATION,
                OrganisationType.VOLUNTEERS_WITH_PROFESSIONAL_SUPPORT));
        publish(organisation(church, KindOfHelp.INFORMAL, KindOfParty.INFORMAL_PARTY,
                OrganisationType.VOLUNTEERS_ONLY));
        publish(new NetworkRegisteredV1(networkId, "Wijknetwerk Oost", NetworkType.NEIGHBOURHOOD, "GM9901", welfare,
                Instant.now()));

        JsonNode exact = await().atMost(Duration.ofSeconds(60)).until(() -> only(coordinatorOf(welfare), networkId),
                row -> row.path("volunteers").path("activeAgreements").asLong() == 3
                        && row.path("outerRing").path("unclassified").asLong() == 0
                        && row.path("core").path("unclassified").asLong() == 0
                        && row.path("outerRing").path("organisations").asLong() == 1
                        && row.hasNonNull("networkName"));

        assertThat(exact.get("networkName").asText()).isEqualTo("Wijknetwerk Oost");
        assertThat(exact.get("municipalityCode").asText()).isEqualTo("GM9901");
        assertThat(exact.at("/volunteers/suppressed").asBoolean()).isFalse();
        assertThat(capacity(exact, CapacityUnit.HOURS_PER_WEEK).get("capacity").asLong()).isEqualTo(12);
        assertThat(capacity(exact, CapacityUnit.HOURS_PER_WEEK).get("load").asLong()).isZero();
        // The redelivered join counts once.
        assertThat(exact.get("membershipChanges")).hasSize(1);
        assertThat(exact.at("/membershipChanges/0/month").asText())
                .isEqualTo(YearMonth.now(ZoneId.of("Europe/Amsterdam")).toString());
        assertThat(exact.at("/membershipChanges/0/joins").asLong()).isEqualTo(2);
        assertThat(exact.at("/core/organisations").asLong()).isEqualTo(1);

        JsonNode suppressed = only(analyst(), networkId);
        assertThat(suppressed.at("/volunteers/activeAgreements").isNull()).as(suppressed.toString()).isTrue();
        assertThat(suppressed.at("/volunteers/overloaded").isNull()).isTrue();
        assertThat(capacity(suppressed, CapacityUnit.HOURS_PER_WEEK).get("capacity").isNull()).isTrue();
        assertThat(capacity(suppressed, CapacityUnit.HOURS_PER_WEEK).get("agreements").isNull()).isTrue();
        assertThat(suppressed.at("/volunteers/suppressed").asBoolean()).isTrue();
        // Organisations are counted exactly for everyone, and never named or listed.
        assertThat(suppressed.get("core")).isEqualTo(exact.get("core"));
        assertThat(count(suppressed.at("/core/byFormality"),
                Map.of("kindOfHelp", "INFORMAL", "kindOfParty", "FORMAL_ORGANISATION"))).isEqualTo(1);
        assertThat(count(suppressed.at("/outerRing/byOrganisationType"),
                Map.of("organisationType", "VOLUNTEERS_ONLY"))).isEqualTo(1);
        assertThat(suppressed.toString()).doesNotContain(volunteers).doesNotContain(church);

        JsonNode otherCoordinator = only(coordinatorOf(newId("ggd")), networkId);
        assertThat(otherCoordinator.at("/volunteers/activeAgreements").isNull()).isTrue();
    }

    @Test
    void withoutANetworkIdEveryNetworkIsReported() {
        String first = newId("oggz");
        String second = newId("oggz");
        publish(new MemberJoinedV1(first, newId("ggz"), Ring.CORE, Instant.now()));
        publish(new MemberJoinedV1(second, newId("politie"), Ring.CORE, Instant.now()));

        List<String> reported = await().atMost(Duration.ofSeconds(60)).until(
                () -> report(analyst(), "").stream().map(row -> row.get("networkId").asText()).toList(),
                ids -> ids.contains(first) && ids.contains(second));

        assertThat(reported).doesNotHaveDuplicates();
    }

    @Test
    void aMalformedNetworkIdIs400NamingIt() {
        Api.Response response = api().as(analyst()).get("/reports/network-composition?networkId=Not_A_Network");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("networkId");
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.CITIZEN, Roles.VOLUNTEER, Roles.PROFESSIONAL, Roles.PRIVACY_OFFICER,
            Roles.PARTNER_SYSTEM, Roles.INFORMAL_REPRESENTATIVE})
    void rolesWithoutAccountabilityDutiesMayNotSeeTheComposition(String role) {
        Api.Response response = api().as(TestInfrastructure.token("someone", "vrijwilligers-zuiderhaven", role))
                .get("/reports/network-composition");

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        Api.Response response = api().get("/reports/network-composition");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
    }

    // --- helpers ---

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String publish(IntegrationEvent event) {
        return KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, event);
    }

    private static OrganisationRegisteredV1 organisation(String id, KindOfHelp help, KindOfParty party,
            OrganisationType type) {
        return new OrganisationRegisteredV1(id, "Organisatie " + id, help, party, type, Sector.VOLUNTEER_ORGANISATION,
                "GM9901", List.of("WK990101"), Instant.now());
    }

    private List<JsonNode> report(String token, String query) {
        Api.Response response = api().as(token).get("/reports/network-composition" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).toList();
    }

    /** The report asked for one network; empty until anything about it arrived. */
    private JsonNode only(String token, String networkId) {
        List<JsonNode> rows = report(token, "?networkId=" + networkId);
        assertThat(rows.size()).as(rows.toString()).isLessThanOrEqualTo(1);
        return rows.isEmpty() ? MissingNode.getInstance() : rows.get(0);
    }

    private static JsonNode capacity(JsonNode row, CapacityUnit unit) {
        return StreamSupport.stream(row.at("/volunteers/byCapacityUnit").spliterator(), false)
                .filter(c -> unit.name().equals(c.get("capacityUnit").asText())).findFirst().orElseThrow();
    }

    private static long count(JsonNode counts, Map<String, String> of) {
        return StreamSupport.stream(counts.spliterator(), false)
                .filter(c -> of.entrySet().stream().allMatch(e -> e.getValue().equals(c.get(e.getKey()).asText())))
                .findFirst().orElseThrow().get("organisations").asLong();
    }
}
