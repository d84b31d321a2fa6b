package nl.samenspel.consent.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.LeaveReason;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.contracts.partners.ConfidentialityUndertakingSignedV1;
import nl.samenspel.contracts.partners.CovenantSignedV1;
import nl.samenspel.contracts.partners.CovenantWithdrawnV1;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.contracts.partners.MemberLeftV1;
import nl.samenspel.contracts.partners.MemberMovedV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.contracts.partners.PersonRegisteredV1;
import nl.samenspel.contracts.partners.VolunteerAgreementConcludedV1;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import nl.samenspel.testsupport.ServiceIntegrationTest;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** consent-service follows partner-service's CloudEvents on the real broker and answers with real tokens. */
class AccessDecisionApiIntegrationTest extends ServiceIntegrationTest {

    private static String privacyOfficer() {
        return TestInfrastructure.token("privacy-1", "ggd-zuiderhaven", Roles.PRIVACY_OFFICER);
    }

    private static void publish(IntegrationEvent event) {
        KafkaTopics.publish(bootstrapServers(), Topics.PARTNER_EVENTS, event);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Response decide(String query) {
        return api().as(privacyOfficer()).get("/access-decisions?" + query);
    }

    /** Waits for the refusal ({@code ""}: permission) the service gives once the events published so far arrived. */
    private JsonNode awaitReason(String query, String reason) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> decide(query).json(),
                json -> json.path("reason").asText("").equals(reason)
                        && json.path("permitted").asBoolean() == reason.isEmpty());
    }

    private String aKnownNetwork() {
        String network = unique("oggz");
        awaitReason("networkId=" + network + "&organisationId=x", "UNKNOWN_NETWORK");
        publish(new NetworkRegisteredV1(network, "OGGZ-netwerk test", NetworkType.OGGZ, "GM9901", "ggd-zuiderhaven",
                Instant.now()));
        awaitReason("networkId=" + network + "&organisationId=x", "NOT_A_MEMBER");
        return network;
    }

    @Test
    void anOrganisationsDecisionFollowsItsMembershipAndCovenant() {
        String network = aKnownNetwork();
        String organisation = unique("ggz");
        String query = "networkId=" + network + "&organisationId=" + organisation;
        Api.Response outside = decide(query);
        assertThat(outside.status()).as(outside.toString()).isEqualTo(200);
        assertThat(outside.json().get("networkId").asText()).isEqualTo(network);
        assertThat(outside.json().get("organisationId").asText()).isEqualTo(organisation);
        assertThat(outside.json().has("personId")).isFalse();
        assertThat(outside.json().get("reason").asText()).isEqualTo("NOT_A_MEMBER");
        assertThat(outside.json().has("rule")).as("not a privacy rule but a precondition").isFalse();

        publish(new MemberJoinedV1(network, organisation, Ring.CORE, Instant.now()));
        JsonNode withoutCovenant = awaitReason(query, "NO_COVENANT");
        assertThat(withoutCovenant.get("rule").asText()).isEqualTo("R3");
        assertThat(withoutCovenant.get("explanation").asText()).contains("covenant");

        publish(new CovenantSignedV1(network, organisation, UUID.randomUUID().toString(), SignatoryLevel.BOARD,
                Instant.now()));
        JsonNode permitted = awaitReason(query, "");
        assertThat(permitted.has("reason")).isFalse();
        assertThat(permitted.has("rule")).isFalse();
        assertThat(permitted.has("explanation")).isFalse();

        publish(new CovenantWithdrawnV1(network, organisation, Instant.now()));
        awaitReason(query, "NO_COVENANT");
    }

    @Test
    void anOuterRingMemberIsRefusedUntilMovedIntoTheCore() {
        String network = aKnownNetwork();
        String organisation = unique("kerk");
        String query = "networkId=" + network + "&organisationId=" + organisation;
        publish(new MemberJoinedV1(network, organisation, Ring.OUTER, Instant.now()));
        publish(new CovenantSignedV1(network, organisation, UUID.randomUUID().toString(), SignatoryLevel.MANAGEMENT,
                Instant.now()));
        JsonNode outerRing = awaitReason(query, "OUTER_RING_NOT_DEPLOYED");
        assertThat(outerRing.get("rule").asText()).isEqualTo("R4");

        publish(new MemberMovedV1(network, organisation, Ring.OUTER, Ring.CORE, Instant.now()));
        awaitReason(query, "");

        publish(new MemberLeftV1(network, organisation, Ring.CORE, LeaveReason.FUNDING_ENDED, Instant.now()));
        awaitReason(query, "NOT_A_MEMBER");
    }

    @Test
    void anInformalHelperNeedsTheirOwnUndertaking() {
        String network = aKnownNetwork();
        String organisation = unique("vrijwilligers");
        String volunteer = UUID.randomUUID().toString();
        String query = "networkId=" + network + "&personId=" + volunteer;
        awaitReason(query, "UNKNOWN_PERSON");
        publish(new MemberJoinedV1(network, organisation, Ring.CORE, Instant.now()));
        publish(new CovenantSignedV1(network, organisation, UUID.randomUUID().toString(), SignatoryLevel.TEAM_LEAD,
                Instant.now()));
        publish(new PersonRegisteredV1(volunteer, PersonKind.BUDDY, organisation, Instant.now()));
        publish(new VolunteerAgreementConcludedV1(UUID.randomUUID().toString(), volunteer, organisation,
                List.of(VolunteerTask.PEER_SUPPORT), List.of(DayOfWeek.FRIDAY), LocalDate.now().minusDays(1),
                LocalDate.now().plusMonths(6), CapacityUnit.HOURS_PER_WEEK, 4, Instant.now()));
        JsonNode withoutUndertaking = awaitReason(query, "NO_UNDERTAKING");
        assertThat(withoutUndertaking.get("personId").asText()).isEqualTo(volunteer);
        assertThat(withoutUndertaking.has("organisationId")).isFalse();
        assertThat(withoutUndertaking.get("rule").asText()).isEqualTo("R3");

        publish(new ConfidentialityUndertakingSignedV1(volunteer, network, Instant.now()));
        awaitReason(query, "");
    }

    @Test
    void aNetworkNobodyAnnouncedIsAnAnswerNotAnError() {
        Api.Response response = decide("networkId=wijk-onbekend&organisationId=ggz-zuiderhaven");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("permitted").asBoolean()).isFalse();
        assertThat(response.json().get("reason").asText()).isEqualTo("UNKNOWN_NETWORK");
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.NETWORK_COORDINATOR, Roles.PROFESSIONAL, Roles.PARTNER_SYSTEM, Roles.PRIVACY_OFFICER})
    void coordinatorsProfessionalsPartnerSystemsAndPrivacyOfficersMayAsk(String role) {
        Api.Response response = api().as(TestInfrastructure.token("user-" + role, "ggd-zuiderhaven", role))
                .get("/access-decisions?networkId=oggz-zuiderhaven&organisationId=ggz-zuiderhaven");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.MUNICIPALITY_ANALYST, Roles.VOLUNTEER, Roles.INFORMAL_REPRESENTATIVE, Roles.CITIZEN})
    void othersMayNot(String role) {
        Api.Response response = api().as(TestInfrastructure.token("user-" + role, "gemeente-zuiderhaven", role))
                .get("/access-decisions?networkId=oggz-zuiderhaven&organisationId=ggz-zuiderhaven");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void withoutATokenNothingIsDecided() {
        assertThat(api().get("/access-decisions?networkId=oggz-zuiderhaven&organisationId=ggz-zuiderhaven").status())
                .isEqualTo(401);
    }

    static Stream<Arguments> badQueries() {
        String person = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of("organisationId=ggz-zuiderhaven", "networkId"),
                Arguments.of("networkId=OGGZ_Zuiderhaven&organisationId=ggz-zuiderhaven", "networkId"),
                Arguments.of("networkId=oggz-zuiderhaven%0A&organisationId=ggz-zuiderhaven", "networkId"),
                Arguments.of("networkId=" + "a".repeat(65) + "&organisationId=ggz-zuiderhaven", "networkId"),
                Arguments.of("networkId=oggz-zuiderhaven", "organisationId"),
                Arguments.of("networkId=oggz-zuiderhaven&organisationId=ggz-zuiderhaven&personId=" + person,
                        "personId"),
                Arguments.of("networkId=oggz-zuiderhaven&organisationId=GGZ%20Zuiderhaven", "organisationId"),
                Arguments.of("networkId=oggz-zuiderhaven&personId=not-a-uuid", "personId"),
                Arguments.of("networkId=oggz-zuiderhaven&personId=" + person + "0", "personId"));
    }

    @ParameterizedTest
    @MethodSource("badQueries")
    void badInputIsA400NamingTheParameter(String query, String field) {
        Api.Response response = decide(query);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly(field);
    }
}
