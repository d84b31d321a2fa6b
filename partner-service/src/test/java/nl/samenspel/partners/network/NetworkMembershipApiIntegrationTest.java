package nl.samenspel.partners.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.ServiceIntegrationTest;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Configuration, membership, the informal representative and the covenant through the API, with real tokens.
 * Every test has its own coordinating organisation, network and members.
 */
class NetworkMembershipApiIntegrationTest extends ServiceIntegrationTest {

    /** Personal data of everyone registered here: no read of a network may show it. */
    private static final String PERSON_NAME = "Sanne de Vries";

    private String suffix;
    private String ggd;
    private String network;
    private String ggz;
    private String church;

    @BeforeEach
    void anOggzNetworkWithTwoCandidates() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        ggd = organisation("ggd", "FORMAL", "FORMAL_ORGANISATION", "PROFESSIONALS_ONLY", "GGD");
        ggz = organisation("ggz", "FORMAL", "FORMAL_ORGANISATION", "PROFESSIONALS_ONLY", "MENTAL_HEALTH");
        church = organisation("kerk", "INFORMAL", "INFORMAL_PARTY", "VOLUNTEERS_ONLY", "FAITH_COMMUNITY");
        network = "oggz-" + suffix;
        expect(201, api().as(coordinator()).put("/networks/" + network, """
                {"name": "OGGZ-netwerk", "type": "OGGZ", "municipalityCode": "GM9901",
                 "coordinatorOrganisation": "%s"}"""
                .formatted(ggd)));
    }

    private String coordinator() {
        return TestInfrastructure.token("coordinator-" + suffix, ggd, Roles.NETWORK_COORDINATOR);
    }

    private static String as(String organisation, String role) {
        return TestInfrastructure.token("someone-" + role, organisation, role);
    }

    private String organisation(String prefix, String help, String party, String type, String sector) {
        String id = prefix + "-" + suffix;
        expect(201, api().as(TestInfrastructure.token("onboarding", "ggd-" + suffix, Roles.NETWORK_COORDINATOR))
                .put("/organisations/" + id, """
                        {"name": "%s", "kindOfHelp": "%s", "kindOfParty": "%s", "organisationType": "%s",
                         "sector": "%s", "municipalityCode": "GM9901", "neighbourhoods": ["WK990101"]}"""
                        .formatted(prefix, help, party, type, sector)));
        return id;
    }

    /** A professional of the organisation, registered by the platform operator, who vouches for their kind. */
    private String person(String organisation) {
        String id = UUID.randomUUID().toString();
        expect(201, api().as(TestInfrastructure.token("operator", null, Roles.PLATFORM_OPERATOR)).put("/people/" + id,
                """
                {"kind": "PROFESSIONAL", "organisationId": "%s", "name": "%s"}"""
                .formatted(organisation, PERSON_NAME)));
        return id;
    }

    /**
     * The token of a professional of the organisation whose login is linked to {@code person}, once partner-service
     * knows that login as them.
     */
    private String signedInAs(String person, String organisation) {
        String account = "account-" + person;
        expect(204, api().as(as(organisation, Roles.PARTNER_SYSTEM)).put("/people/" + person + "/account", """
                {"accountId": "%s"}""".formatted(account)));
        String token = TestInfrastructure.token(account, organisation, Roles.PROFESSIONAL);
        await().atMost(Duration.ofSeconds(30)).until(() -> api().as(token).get("/people/me").status() == 200);
        return token;
    }

    private void invite(String organisation, String ring) {
        expect(204, api().as(coordinator()).post("/networks/" + network + "/invitations", """
                {"organisationId": "%s", "ring": "%s"}""".formatted(organisation, ring)));
    }

    private void member(String organisation, String ring) {
        invite(organisation, ring);
        expect(204, api().as(coordinator()).put("/networks/" + network + "/members/" + organisation, ""));
    }

    private static Api.Response expect(int status, Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }

    private JsonNode readUntil(String path, Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> api().as(coordinator()).get(path),
                r -> r.status() == 200 && until.test(r.json())).json();
    }

    private List<String> storedTypes() {
        return jdbc.queryForList("select payloadtype from domainevententry where aggregateidentifier = ? "
                + "order by sequencenumber", String.class, network).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    @Test
    void aNetworkGrowsFromInvitationToSignedCovenantAndShrinksAgain() {
        invite(ggz, "CORE");
        expect(204, api().as(as(ggz, Roles.PARTNER_SYSTEM)).put("/networks/" + network + "/members/" + ggz, ""));
        String manager = person(ggz);
        // The manager signs as themself: the signatory is the person their login is linked to.
        expect(204, api().as(signedInAs(manager, ggz)).put("/networks/" + network + "/covenant/" + ggz, """
                {"level": "MANAGEMENT"}"""));
        expect(204, api().as(coordinator()).put("/networks/" + network + "/informal-representative", """
                {"personId": "%s"}""".formatted(manager)));
        expect(204, api().as(coordinator()).post("/networks/" + network + "/represented-parties", """
                {"organisationId": "%s"}""".formatted(church)));
        invite(organisation("voedselbank", "INFORMAL", "INFORMAL_PARTY", "VOLUNTEERS_ONLY", "CITIZENS_INITIATIVE"),
                "OUTER");

        JsonNode membership = readUntil("/networks/" + network + "/members",
                m -> m.get("representedParties").size() == 1 && m.get("invitations").size() == 1);
        JsonNode member = membership.get("members").get(0);
        assertThat(member.get("organisationId").asText()).isEqualTo(ggz);
        assertThat(member.get("ring").asText()).isEqualTo("CORE");
        assertThat(member.get("covenant").get("level").asText()).isEqualTo("MANAGEMENT");
        assertThat(membership.get("representedParties").get(0).get("representativeId").asText()).isEqualTo(manager);
        assertThat(membership.get("invitations").get(0).get("ring").asText()).isEqualTo("OUTER");
        JsonNode read = readUntil("/networks/" + network, n -> n.hasNonNull("informalRepresentative"));
        assertThat(read.get("informalRepresentative").get("organisationId").asText()).isEqualTo(ggz);
        assertThat(read.get("configuration").get("coreClosed").asBoolean()).isTrue();
        assertThat(read.get("configuration").get("informalPartyRings").get(0).asText()).isEqualTo("OUTER");

        expect(204, api().as(coordinator()).put("/networks/" + network + "/members/" + ggz + "/ring", """
                {"ring": "OUTER"}"""));
        expect(204, api().as(as(ggz, Roles.PARTNER_SYSTEM)).delete("/networks/" + network + "/covenant/" + ggz));
        expect(204, api().as(as(ggz, Roles.PARTNER_SYSTEM)).post("/networks/" + network + "/members/" + ggz
                + "/departure", """
                {"reason": "FUNDING_ENDED"}"""));

        assertThat(storedTypes()).containsExactly("NetworkRegistered", "NetworkConfigured", "OrganisationInvited",
                "MemberJoined", "CovenantSigned", "InformalRepresentativeAppointed", "InformalPartyRepresented",
                "OrganisationInvited", "MemberMoved", "CovenantWithdrawn", "MemberLeft");
        readUntil("/networks/" + network + "/members", m -> m.get("members").isEmpty());
    }

    @Test
    void anExplicitConfigurationOverridesTheTypesDefaultsPartByPart() {
        String neighbourhood = "wijk-" + suffix;
        expect(201, api().as(coordinator()).put("/networks/" + neighbourhood, """
                {"name": "Wijknetwerk", "type": "NEIGHBOURHOOD", "municipalityCode": "GM9901",
                 "coordinatorOrganisation": "%s", "minimumAge": 55, "neighbourhoods": ["WK990101"],
                 "inclusionDescription": "Ouderen in Noord.", "informalOptionFirst": false}""".formatted(ggd)));

        JsonNode configuration = readUntil("/networks/" + neighbourhood, n -> n.hasNonNull("configuration"))
                .get("configuration");
        assertThat(configuration.get("allowedLegalBases").toString()).isEqualTo("[\"EXPLICIT_CONSENT\",\"NONE_YET\"]");
        assertThat(configuration.get("coreClosed").asBoolean()).isFalse();
        assertThat(configuration.get("informalPartyRings").toString()).isEqualTo("[\"CORE\",\"OUTER\"]");
        assertThat(configuration.get("informalOptionFirst").asBoolean()).isFalse();
        assertThat(configuration.get("minimumAge").asInt()).isEqualTo(55);
        assertThat(configuration.hasNonNull("maximumAge")).isFalse();
        assertThat(configuration.get("inclusionDescription").asText()).isEqualTo("Ouderen in Noord.");
    }

    @Test
    void networkTypesListTheirDefaults() {
        JsonNode types = expect(200, api().as(as("gemeente", Roles.MUNICIPALITY_ANALYST)).get("/network-types")).json();

        assertThat(types.findValuesAsText("type")).containsExactlyInAnyOrder("OGGZ", "NEIGHBOURHOOD");
        for (JsonNode type : types) {
            assertThat(type.get("coreClosed").asBoolean()).isEqualTo(type.get("type").asText().equals("OGGZ"));
        }
    }

    @Test
    void aNetworkCoordinatedByAnUnregisteredOrganisationIsABadRequest() {
        long before = storedEvents();
        String unknown = "onbekend-" + suffix;

        Api.Response response = api().as(TestInfrastructure.token("c", unknown, Roles.NETWORK_COORDINATOR))
                .put("/networks/net-" + suffix, """
                        {"name": "Netwerk", "type": "OGGZ", "municipalityCode": "GM9901",
                         "coordinatorOrganisation": "%s"}""".formatted(unknown));

        assertBadRequest(response, "coordinatorOrganisation");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aNetworkCoordinatedByAnInformalOrganisationIsAConflict() {
        long before = storedEvents();

        Api.Response response = api().as(TestInfrastructure.token("c", church, Roles.NETWORK_COORDINATOR))
                .put("/networks/net-" + suffix, """
                        {"name": "Netwerk", "type": "NEIGHBOURHOOD", "municipalityCode": "GM9901",
                         "coordinatorOrganisation": "%s"}""".formatted(church));

        assertProblem(response, 409, "coordinator-must-give-formal-help");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aClosedCoreRefusesAnInformalPartyWithAClearConflict() {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).post("/networks/" + network + "/invitations", """
                {"organisationId": "%s", "ring": "CORE"}""".formatted(church));

        assertProblem(response, 409, "closed-core-refuses-informal-party");
        assertThat(response.json().get("detail").asText()).contains("core of this network is closed");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void closingACoreAnInformalPartySitsInIsAConflict() {
        String neighbourhood = "wijk-" + suffix;
        expect(201, api().as(coordinator()).put("/networks/" + neighbourhood, """
                {"name": "Wijknetwerk", "type": "NEIGHBOURHOOD", "municipalityCode": "GM9901",
                 "coordinatorOrganisation": "%s"}""".formatted(ggd)));
        expect(204, api().as(coordinator()).post("/networks/" + neighbourhood + "/invitations", """
                {"organisationId": "%s", "ring": "CORE"}""".formatted(church)));
        expect(204, api().as(as(church, Roles.PARTNER_SYSTEM)).put("/networks/" + neighbourhood + "/members/" + church,
                ""));
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).put("/networks/" + neighbourhood + "/configuration", """
                {"allowedLegalBases": ["EXPLICIT_CONSENT"], "coreClosed": true, "closedCoreSectors": ["GGD"],
                 "informalPartyRings": ["OUTER"], "informalOptionFirst": true}""");

        assertProblem(response, 409, "configuration-conflicts-with-members");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theCoordinatorReconfiguresTheirNetwork() {
        expect(204, api().as(coordinator()).put("/networks/" + network + "/configuration", """
                {"allowedLegalBases": ["INFORMED_CONSENT"], "coreClosed": false, "informalPartyRings": ["CORE"],
                 "informalOptionFirst": true, "maximumAge": 23}"""));

        JsonNode configuration = readUntil("/networks/" + network,
                n -> n.get("configuration").get("maximumAge").asInt() == 23).get("configuration");
        assertThat(configuration.get("coreClosed").asBoolean()).isFalse();
        assertThat(configuration.get("closedCoreSectors")).isEmpty();
    }

    @Test
    void signingTwiceIsAConflict() {
        member(ggz, "CORE");
        String manager = person(ggz);
        String body = """
                {"signatoryId": "%s", "level": "BOARD"}""".formatted(manager);
        expect(204, api().as(as(ggz, Roles.PARTNER_SYSTEM)).put("/networks/" + network + "/covenant/" + ggz, body));
        long before = storedEvents();

        assertProblem(api().as(as(ggz, Roles.PARTNER_SYSTEM)).put("/networks/" + network + "/covenant/" + ggz, body),
                409, "covenant-already-signed");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void joiningTwiceAndJoiningWithoutInvitationAreConflicts() {
        member(ggz, "CORE");
        long before = storedEvents();

        assertProblem(api().as(as(ggz, Roles.PARTNER_SYSTEM)).put("/networks/" + network + "/members/" + ggz, ""),
                409, "already-a-member");
        assertProblem(api().as(as(church, Roles.PARTNER_SYSTEM)).put("/networks/" + network + "/members/" + church, ""),
                409, "not-invited");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.PARTNER_SYSTEM, Roles.PROFESSIONAL})
    void anOrganisationJoinsSignsWithdrawsAndLeavesOnlyForItself(String role) {
        member(ggz, "CORE");
        String manager = person(ggz);
        // A covenant binds the member, so the coordinator does not sign it for them: the member's system does.
        assertForbidden(api().as(coordinator()).put("/networks/" + network + "/covenant/" + ggz, """
                {"signatoryId": "%s", "level": "MANAGEMENT"}""".formatted(manager)));
        expect(204, api().as(as(ggz, Roles.PARTNER_SYSTEM)).put("/networks/" + network + "/covenant/" + ggz, """
                {"signatoryId": "%s", "level": "MANAGEMENT"}""".formatted(manager)));
        String housing = organisation("woning", "FORMAL", "FORMAL_ORGANISATION", "PROFESSIONALS_ONLY", "HOUSING");
        invite(housing, "CORE");
        Api stranger = api().as(as(church, role));
        long before = storedEvents();

        assertForbidden(stranger.put("/networks/" + network + "/members/" + housing, ""));
        assertForbidden(api().as(as(ggz, role)).put("/networks/" + network + "/members/" + housing, ""));
        assertForbidden(stranger.put("/networks/" + network + "/covenant/" + ggz, """
                {"signatoryId": "%s", "level": "BOARD"}""".formatted(manager)));
        assertForbidden(stranger.delete("/networks/" + network + "/covenant/" + ggz));
        assertForbidden(stranger.post("/networks/" + network + "/members/" + ggz + "/departure", """
                {"reason": "OTHER"}"""));
        assertThat(storedEvents()).isEqualTo(before);

        expect(204, api().as(as(housing, role)).put("/networks/" + network + "/members/" + housing, ""));
        expect(204, api().as(as(ggz, role)).delete("/networks/" + network + "/covenant/" + ggz));
        expect(204, api().as(as(ggz, role)).post("/networks/" + network + "/members/" + ggz + "/departure", """
                {"reason": "CAPACITY"}"""));
        assertThat(storedTypes()).endsWith("MemberJoined", "CovenantWithdrawn", "MemberLeft");
    }

    @Test
    void onlyTheCoordinatorRemovesAMember() {
        member(ggz, "CORE");
        // The coordinating organisation may sit in the core of the network it runs.
        member(ggd, "CORE");
        String removal = """
                {"reason": "REMOVED_BY_COORDINATOR"}""";
        long before = storedEvents();

        assertForbidden(api().as(as(ggz, Roles.PARTNER_SYSTEM)).post(departure(ggz), removal));
        assertForbidden(api().as(as(ggd, Roles.PROFESSIONAL)).post(departure(ggd), removal));
        assertForbidden(api().as(as(ggd, Roles.PARTNER_SYSTEM)).post(departure(ggd), removal));
        assertThat(storedEvents()).isEqualTo(before);

        expect(204, api().as(coordinator()).post(departure(ggz), removal));
        expect(204, api().as(as(ggd, Roles.PROFESSIONAL)).post(departure(ggd), """
                {"reason": "OTHER"}"""));
        assertThat(storedTypes()).endsWith("MemberLeft", "MemberLeft");
    }

    private String departure(String organisation) {
        return "/networks/" + network + "/members/" + organisation + "/departure";
    }

    @Test
    void aMunicipalityAnalystReadsNetworksButNoPersonalData() {
        member(ggz, "CORE");
        String manager = person(ggz);
        expect(204, api().as(as(ggz, Roles.PARTNER_SYSTEM)).put("/networks/" + network + "/covenant/" + ggz, """
                {"signatoryId": "%s", "level": "MANAGEMENT"}""".formatted(manager)));
        expect(204, api().as(coordinator()).put("/networks/" + network + "/informal-representative", """
                {"personId": "%s"}""".formatted(manager)));
        readUntil("/networks/" + network, n -> n.hasNonNull("informalRepresentative"));
        readUntil("/networks/" + network + "/members", m -> m.get("members").get(0).hasNonNull("covenant"));
        // The name is on record for those who may see it.
        assertThat(readUntil("/people/" + manager, p -> true).toString()).contains(PERSON_NAME);
        Api analyst = api().as(as("gemeente-" + suffix, Roles.MUNICIPALITY_ANALYST));

        for (String path : List.of("/networks", "/networks/" + network, "/networks/" + network + "/members")) {
            assertThat(expect(200, analyst.get(path)).body()).doesNotContain(PERSON_NAME);
        }
        assertForbidden(analyst.get("/people/" + manager));
        assertForbidden(analyst.get("/people?organisationId=" + ggz));
    }

    @Test
    void refusedMembershipChangesAreConflictsNamingTheRuleAndStoreNothing() {
        member(ggz, "CORE");
        member(church, "OUTER");
        String welfare = organisation("welzijn", "FORMAL", "FORMAL_ORGANISATION",
                "PROFESSIONALS_WITH_VOLUNTEER_SUPPORT", "WELFARE");
        String outsider = person(welfare);
        String foodBank = organisation("voedselbank", "INFORMAL", "INFORMAL_PARTY", "VOLUNTEERS_ONLY",
                "CITIZENS_INITIATIVE");
        invite(foodBank, "OUTER");
        Api coordinator = api().as(coordinator());
        String base = "/networks/" + network;
        long before = storedEvents();

        assertProblem(coordinator.put(base + "/members/" + church + "/ring", "{\"ring\": \"CORE\"}"), 409,
                "closed-core-refuses-informal-party");
        assertProblem(coordinator.post(base + "/invitations", """
                {"organisationId": "%s", "ring": "CORE"}""".formatted(welfare)), 409,
                "sector-not-admitted-to-closed-core");
        assertProblem(coordinator.post(base + "/invitations", """
                {"organisationId": "%s", "ring": "OUTER"}""".formatted(ggz)), 409, "already-a-member");
        assertProblem(coordinator.post(base + "/invitations", """
                {"organisationId": "%s", "ring": "OUTER"}""".formatted(foodBank)), 409, "already-invited");
        assertProblem(coordinator.put(base + "/members/" + ggz + "/ring", "{\"ring\": \"CORE\"}"), 409,
                "already-in-ring");
        assertProblem(coordinator.post(base + "/members/" + welfare + "/departure", "{\"reason\": \"OTHER\"}"),
                409, "not-a-member");
        assertProblem(coordinator.delete(base + "/covenant/" + ggz), 409, "covenant-not-signed");
        assertProblem(api().as(as(welfare, Roles.PARTNER_SYSTEM)).put(base + "/covenant/" + welfare, """
                {"signatoryId": "%s", "level": "BOARD"}""".formatted(outsider)), 409, "not-a-member");
        assertProblem(coordinator.put(base + "/informal-representative", """
                {"personId": "%s"}""".formatted(outsider)), 409, "representative-not-from-member");
        assertProblem(coordinator.post(base + "/represented-parties", """
                {"organisationId": "%s"}""".formatted(foodBank)), 409, "no-informal-representative");
        assertProblem(coordinator.post(base + "/represented-parties", """
                {"organisationId": "%s"}""".formatted(ggz)), 409, "not-an-informal-party");
        assertProblem(coordinator.put(base + "/configuration", """
                {"allowedLegalBases": ["NONE_YET", "INFORMED_CONSENT", "EXPLICIT_CONSENT", "HIGHER_INTEREST_OVERRIDE"],
                 "coreClosed": true, "closedCoreSectors": ["GGD", "MENTAL_HEALTH", "POLICE", "HOUSING", "SOCIAL_WORK",
                 "SHELTER", "ADDICTION_CARE", "DEBT_HELP"], "informalPartyRings": ["OUTER"],
                 "informalOptionFirst": false}"""), 409, "configuration-unchanged");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aProfessionalOfTheCoordinatingOrganisationDoesNotActAsCoordinator() {
        invite(ggz, "CORE");
        long before = storedEvents();

        assertForbidden(api().as(as(ggd, Roles.PROFESSIONAL)).put("/networks/" + network + "/members/" + ggz, ""));
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** Every write, as path, method and a body that would be accepted from the right actor. */
    private Stream<String[]> writes(String network) {
        return Stream.of(
                new String[] {"PUT", "/networks/" + network + "/configuration", """
                        {"allowedLegalBases": ["NONE_YET"], "coreClosed": false, "informalPartyRings": ["OUTER"],
                         "informalOptionFirst": true}"""},
                new String[] {"PUT", "/networks/" + network + "/informal-representative",
                        "{\"personId\": \"" + UUID.randomUUID() + "\"}"},
                new String[] {"POST", "/networks/" + network + "/invitations",
                        "{\"organisationId\": \"" + ggz + "\", \"ring\": \"CORE\"}"},
                new String[] {"PUT", "/networks/" + network + "/members/" + ggz, ""},
                new String[] {"PUT", "/networks/" + network + "/members/" + ggz + "/ring", "{\"ring\": \"OUTER\"}"},
                new String[] {"POST", "/networks/" + network + "/members/" + ggz + "/departure",
                        "{\"reason\": \"OTHER\"}"},
                new String[] {"POST", "/networks/" + network + "/represented-parties",
                        "{\"organisationId\": \"" + church + "\"}"},
                new String[] {"PUT", "/networks/" + network + "/covenant/" + ggz,
                        "{\"signatoryId\": \"" + UUID.randomUUID() + "\", \"level\": \"BOARD\"}"},
                new String[] {"DELETE", "/networks/" + network + "/covenant/" + ggz, ""});
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.MUNICIPALITY_ANALYST, Roles.VOLUNTEER, Roles.CITIZEN, Roles.INFORMAL_REPRESENTATIVE})
    void rolesThatManageNoNetworkAreForbiddenEveryWrite(String role) {
        long before = storedEvents();
        // Even with the organisation claim of the member or the coordinator.
        for (String organisation : List.of(ggz, ggd)) {
            writes(network).forEach(write -> assertForbidden(send(write, as(organisation, role))));
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anotherNetworksCoordinatorIsForbiddenEveryWrite() {
        String otherCoordinator = TestInfrastructure.token("other", "welzijn-" + suffix, Roles.NETWORK_COORDINATOR);
        long before = storedEvents();

        writes(network).forEach(write -> assertForbidden(send(write, otherCoordinator)));

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void everyWriteToAnUnknownNetworkIsNotFoundAndStoresNothing() {
        String unknown = "onbekend-" + suffix;
        long before = storedEvents();

        writes(unknown).forEach(write -> {
            Api.Response response = send(write, coordinator());
            assertThat(response.status()).as(write[0] + " " + write[1] + ": " + response).isEqualTo(404);
            assertThat(response.isProblem()).as(response.toString()).isTrue();
        });
        assertThat(api().as(coordinator()).get("/networks/" + unknown).status()).isEqualTo(404);
        assertThat(api().as(coordinator()).get("/networks/" + unknown + "/members").status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownOrForeignPeopleAndUnknownOrganisationsAreBadRequestsNamingTheField() {
        member(ggz, "CORE");
        String foreigner = person(organisation("welzijn", "FORMAL", "FORMAL_ORGANISATION", "PROFESSIONALS_ONLY",
                "WELFARE"));
        Api coordinator = api().as(coordinator());
        String base = "/networks/" + network;
        String unknown = "bestaat-niet-" + suffix;
        long before = storedEvents();

        assertBadRequest(coordinator.post(base + "/invitations", """
                {"organisationId": "%s", "ring": "OUTER"}""".formatted(unknown)), "organisationId");
        assertBadRequest(coordinator.post(base + "/represented-parties", """
                {"organisationId": "%s"}""".formatted(unknown)), "organisationId");
        Api ggzSystem = api().as(as(ggz, Roles.PARTNER_SYSTEM));
        assertBadRequest(ggzSystem.put(base + "/covenant/" + ggz, """
                {"signatoryId": "%s", "level": "BOARD"}""".formatted(UUID.randomUUID())), "signatoryId");
        // A person of another organisation does not sign for this one.
        assertForbidden(ggzSystem.put(base + "/covenant/" + ggz, """
                {"signatoryId": "%s", "level": "BOARD"}""".formatted(foreigner)));
        assertBadRequest(coordinator.put(base + "/informal-representative", """
                {"personId": "%s"}""".formatted(UUID.randomUUID())), "personId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("POST", "/invitations", "{\"organisationId\": \"GGZ Zuid\", \"ring\": \"CORE\"}",
                        "organisationId"),
                Arguments.of("POST", "/invitations", "{\"organisationId\": \"ggz\", \"ring\": \"MIDDLE\"}", "ring"),
                Arguments.of("POST", "/invitations", "{\"organisationId\": \"ggz\"}", "ring"),
                Arguments.of("POST", "/invitations", "{\"organisationId\": \"ggz\", \"ring\": \"CORE\", \"x\": 1}",
                        "x"),
                Arguments.of("PUT", "/members/Not_An_Id", "", "organisationId"),
                Arguments.of("PUT", "/members/Not_An_Id/ring", "{\"ring\": \"OUTER\"}", "organisationId"),
                Arguments.of("POST", "/members/-ggz/departure", "{\"reason\": \"OTHER\"}", "organisationId"),
                Arguments.of("PUT", "/covenant/" + "a".repeat(65), "{\"signatoryId\": \"" + UUID.randomUUID()
                        + "\", \"level\": \"BOARD\"}", "organisationId"),
                Arguments.of("DELETE", "/covenant/GGZ", "", "organisationId"),
                Arguments.of("PUT", "/members/ggz/ring", "{\"ring\": \"core\"}", "ring"),
                Arguments.of("POST", "/members/ggz/departure", "{\"reason\": \"BORED\"}", "reason"),
                Arguments.of("POST", "/members/ggz/departure", "{}", "reason"),
                Arguments.of("PUT", "/covenant/ggz", "{\"signatoryId\": \"12345\", \"level\": \"BOARD\"}",
                        "signatoryId"),
                Arguments.of("PUT", "/covenant/ggz", "{\"signatoryId\": \"" + UUID.randomUUID()
                        + "\", \"level\": \"CEO\"}", "level"),
                Arguments.of("PUT", "/informal-representative", "{\"personId\": \"anna\"}", "personId"),
                Arguments.of("POST", "/represented-parties", "{\"organisationId\": \"" + "a".repeat(65) + "\"}",
                        "organisationId"),
                Arguments.of("PUT", "/configuration", """
                        {"allowedLegalBases": ["NONE_YET"], "coreClosed": false, "informalPartyRings": ["OUTER"],
                         "informalOptionFirst": true, "inclusionDescription": "%s"}""".formatted("x".repeat(501)),
                        "inclusionDescription"),
                Arguments.of("PUT", "/configuration", """
                        {"allowedLegalBases": ["NONE_YET"], "coreClosed": false, "informalPartyRings": ["OUTER"],
                         "informalOptionFirst": true, "inclusionDescription": "55+\\u0000"}""", "inclusionDescription"),
                Arguments.of("PUT", "/configuration", """
                        {"allowedLegalBases": ["WHIM"], "coreClosed": false, "informalPartyRings": ["OUTER"],
                         "informalOptionFirst": true}""", "allowedLegalBases[0]"),
                Arguments.of("PUT", "/configuration", """
                        {"allowedLegalBases": ["NONE_YET"], "informalPartyRings": ["OUTER"],
                         "informalOptionFirst": true}""", "coreClosed"));
    }

    @ParameterizedTest(name = "{0} {1} {3}")
    @MethodSource("badInput")
    void badInputIsABadRequestNamingTheFieldAndStoresNothing(String method, String path, String body, String field) {
        long before = storedEvents();

        Api.Response response = send(new String[] {method, "/networks/" + network + path, body}, coordinator());

        assertBadRequest(response, field);
        assertThat(response.body()).doesNotContain("xxxxxxxxxx");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad_Id", "-oggz", "oggz-"})
    void everyWriteNamesAMalformedNetworkIdAndStoresNothing(String networkId) {
        long before = storedEvents();

        writes(networkId).forEach(write -> assertBadRequest(send(write, coordinator()), "networkId"));
        assertBadRequest(api().as(coordinator()).get("/networks/" + networkId + "/members"), "networkId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private Api.Response send(String[] write, String token) {
        return switch (write[0]) {
            case "PUT" -> api().as(token).put(write[1], write[2]);
            case "POST" -> api().as(token).post(write[1], write[2]);
            case "DELETE" -> api().as(token).delete(write[1]);
            default -> throw new IllegalArgumentException(write[0]);
        };
    }

    private static void assertBadRequest(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("errors").findValuesAsText("field")).as(response.toString())
                .containsExactly(field);
    }

    private static void assertForbidden(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asText()).as(response.toString()).endsWith("/" + type);
    }
}
