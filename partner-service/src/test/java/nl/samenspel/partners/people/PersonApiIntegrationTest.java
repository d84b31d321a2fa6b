package nl.samenspel.partners.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.samenspel.contracts.Topics;
import nl.samenspel.partners.PartnerApiIntegrationTest;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonApiIntegrationTest extends PartnerApiIntegrationTest {

    private static final String NAME = "Anna de Vries";

    private static String with(String organisationId, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = person("VOLUNTEER", organisationId, newAccount());
        change.accept(body);
        return json(body);
    }

    /** Registers its coordinating organisation too, so this class does not depend on another running first. */
    private String network() {
        registerCoordinatingOrganisation();
        String networkId = "oggz-" + UUID.randomUUID().toString().substring(0, 8);
        assertCreated(api().as(coordinator()).put("/networks/" + networkId, json(Map.of("name", "OGGZ Zuiderhaven",
                "type", "OGGZ", "municipalityCode", "GM9901", "coordinatorOrganisation", GGD))));
        return networkId;
    }

    private JsonNode readBack(String personId) {
        return readBack(operator(), "/people/" + personId, p -> true);
    }

    /** Its system registers a volunteer with their login; a professional one without, as only a system binds it. */
    @ParameterizedTest
    @ValueSource(strings = {Roles.PARTNER_SYSTEM, Roles.PROFESSIONAL})
    void anOrganisationRegistersAndReadsItsOwnPeople(String role) {
        String organisationId = organisation();
        String own = as(organisationId, role);
        String personId = newId();
        String account = role.equals(Roles.PARTNER_SYSTEM) ? newAccount() : null;

        Api.Response created = api().as(own).put("/people/" + personId, json(person("VOLUNTEER", organisationId,
                account)));

        assertCreated(created);
        JsonNode person = readBack(own, "/people/" + personId, p -> true);
        assertThat(person.get("personId").asText()).isEqualTo(personId);
        assertThat(person.get("kind").asText()).isEqualTo("VOLUNTEER");
        assertThat(person.get("organisationId").asText()).isEqualTo(organisationId);
        assertThat(person.get("name").asText()).isEqualTo(NAME);
        assertThat(person.get("email").asText()).isEqualTo("anna.devries@example.nl");
        assertThat(person.get("phone").asText()).isEqualTo("+31 6 12345678");
        assertThat(person.path("accountId").asText(null)).isEqualTo(account);
        assertThat(Instant.parse(person.get("registeredAt").asText()))
                .isBetween(Instant.now().minusSeconds(120), Instant.now());
        assertThat(person.get("undertakings")).isEmpty();
        for (Api.Response list : List.of(api().as(own).get("/people"),
                api().as(own).get("/people?organisationId=" + organisationId))) {
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(list.json().findValuesAsText("personId")).containsExactly(personId);
        }
    }

    /**
     * B7: any coordinator administered every organisation's people. A coordinator administers their own
     * organisation's people, reads those of their network's members, and neither of anyone else's.
     */
    @Test
    void aCoordinatorAdministersTheirOwnOrganisationsPeopleAndReadsTheirMembersPeople() {
        String networkId = network();
        String member = organisation();
        String outsider = organisation();
        assertNoContent(api().as(coordinator()).post("/networks/" + networkId + "/invitations",
                json(Map.of("organisationId", member, "ring", "OUTER"))));
        assertNoContent(api().as(coordinator()).put("/networks/" + networkId + "/members/" + member, ""));
        String colleague = newId();
        String account = newAccount();
        String memberVolunteer = registeredPerson("VOLUNTEER", member, null);
        String outsiderVolunteer = registeredPerson("VOLUNTEER", outsider, null);
        long before = storedEvents();

        Api.Response foreignProfessional = api().as(coordinator()).put("/people/" + newId(),
                json(person("PROFESSIONAL", member, null)));
        Api.Response foreignVolunteer = api().as(coordinator()).put("/people/" + newId(),
                json(person("VOLUNTEER", member, null)));
        Api.Response foreignLogin = api().as(coordinator()).put("/people/" + memberVolunteer + "/account",
                "{\"accountId\": \"" + newAccount() + "\"}");

        assertForbidden(foreignProfessional);
        assertForbidden(foreignVolunteer);
        assertForbidden(foreignLogin);
        assertThat(storedEvents()).isEqualTo(before);
        assertCreated(api().as(coordinator()).put("/people/" + colleague, json(person("PROFESSIONAL", GGD, account))));
        assertThat(readBack(colleague).get("kind").asText()).isEqualTo("PROFESSIONAL");
        // The network read model learns of the join a moment later; until then the member's people stay closed.
        JsonNode members = readBack(coordinator(), "/people?organisationId=" + member, list -> !list.isEmpty());
        assertThat(members.findValuesAsText("personId")).containsExactly(memberVolunteer);
        assertThat(api().as(coordinator()).get("/people/" + memberVolunteer).status()).isEqualTo(200);
        assertForbidden(api().as(coordinator()).get("/people?organisationId=" + outsider));
        assertForbidden(api().as(coordinator()).get("/people/" + outsiderVolunteer));
        assertThat(api().as(coordinator()).get("/people").json().findValuesAsText("personId"))
                .contains(colleague, memberVolunteer).doesNotContain(outsiderVolunteer);
    }

    /**
     * B7: the kind a professional sent decided whether R3 applied, and any professional re-pointed a login. Only
     * whoever administers an organisation's people (its system, its coordinator, the platform operator) registers a
     * professional or binds a login; its professionals register informal helpers without one.
     */
    @Test
    void aProfessionalVouchesForNoKindAndBindsNoLogin() {
        String organisationId = organisation();
        String professional = as(organisationId, Roles.PROFESSIONAL);
        String volunteer = registeredPerson("VOLUNTEER", organisationId, null);
        long before = storedEvents();

        Api.Response asProfessional = api().as(professional).put("/people/" + newId(),
                json(person("PROFESSIONAL", organisationId, null)));
        Api.Response withLogin = api().as(professional).put("/people/" + newId(),
                json(person("VOLUNTEER", organisationId, newAccount())));
        Api.Response linked = api().as(professional).put("/people/" + volunteer + "/account",
                "{\"accountId\": \"" + newAccount() + "\"}");

        assertForbidden(asProfessional);
        assertForbidden(withLogin);
        assertForbidden(linked);
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** B7: a volunteer's login was re-pointed to another login, which then inherited their tasks. */
    @Test
    void aLinkedPersonsLoginIsNotRepointedEvenByTheirOrganisation() {
        String organisationId = organisation();
        String personId = registeredPerson("VOLUNTEER", organisationId, newAccount());
        readBack(personId);
        long before = storedEvents();

        Api.Response repointed = api().as(as(organisationId, Roles.PARTNER_SYSTEM))
                .put("/people/" + personId + "/account", "{\"accountId\": \"" + newAccount() + "\"}");

        assertConflict(repointed, "person-already-linked");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.PARTNER_SYSTEM, Roles.PROFESSIONAL})
    void anotherOrganisationMayNotRegisterPeopleForAnOrganisation(String role) {
        String organisationId = organisation();
        String stranger = as(organisation(), role);
        long before = storedEvents();

        Api.Response response = api().as(stranger).put("/people/" + newId(),
                json(person("VOLUNTEER", organisationId, newAccount())));

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPartnerSystemWhoseTokenNamesNoOrganisationMayNotRegisterPeople() {
        String organisationId = organisation();
        long before = storedEvents();

        Api.Response response = api().as(as(null, Roles.PARTNER_SYSTEM)).put("/people/" + newId(),
                json(person("VOLUNTEER", organisationId, newAccount())));

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.PARTNER_SYSTEM, Roles.PROFESSIONAL})
    void anotherOrganisationMayNotReadOrListAnOrganisationsPeople(String role) {
        String organisationId = organisation();
        String personId = registeredPerson("VOLUNTEER", organisationId, newAccount());
        readBack(personId);
        String stranger = as(organisation(), role);

        Api.Response get = api().as(stranger).get("/people/" + personId);
        Api.Response listOther = api().as(stranger).get("/people?organisationId=" + organisationId);
        Api.Response listOwn = api().as(stranger).get("/people");

        assertForbidden(get);
        assertForbidden(listOther);
        assertThat(listOwn.status()).as(listOwn.toString()).isEqualTo(200);
        assertThat(listOwn.json().findValuesAsText("personId")).doesNotContain(personId);
        for (Api.Response response : List.of(get, listOther, listOwn)) {
            assertThat(response.body()).doesNotContain(NAME).doesNotContain("anna.devries");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.VOLUNTEER, Roles.MUNICIPALITY_ANALYST, Roles.PRIVACY_OFFICER, Roles.CITIZEN,
            Roles.INFORMAL_REPRESENTATIVE})
    void otherRolesMayNotRegisterPeopleEvenForTheirOwnOrganisation(String role) {
        String organisationId = organisation();
        long before = storedEvents();

        Api.Response response = api().as(as(organisationId, role)).put("/people/" + newId(),
                json(person("VOLUNTEER", organisationId, newAccount())));

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMunicipalityAnalystSeesNoPersonalData() {
        String organisationId = organisation();
        String personId = registeredPerson("VOLUNTEER", organisationId, newAccount());
        readBack(personId);
        // Even an analyst whose token names the person's own organisation.
        String analyst = as(organisationId, Roles.MUNICIPALITY_ANALYST);

        List<Api.Response> responses = List.of(api().as(analyst).get("/people"),
                api().as(analyst).get("/people?organisationId=" + organisationId),
                api().as(analyst).get("/people/" + personId));
        Api.Response me = api().as(analyst).get("/people/me");

        responses.forEach(PartnerApiIntegrationTest::assertForbidden);
        assertNotFound(me);
        for (Api.Response response : Stream.concat(responses.stream(), Stream.of(me)).toList()) {
            assertThat(response.body()).doesNotContain(NAME).doesNotContain("anna.devries").doesNotContain("12345678");
        }
    }

    @Test
    void aPersonSeesThemselfAndNoColleague() {
        String organisationId = organisation();
        String account = newAccount();
        String personId = registeredPerson("VOLUNTEER", organisationId, account);
        String colleague = registeredPerson("VOLUNTEER", organisationId, newAccount());
        readBack(personId);
        readBack(colleague);
        String self = signedInAs(account, organisationId, Roles.VOLUNTEER);

        JsonNode me = readBack(self, "/people/me", p -> true);

        assertThat(me.get("personId").asText()).isEqualTo(personId);
        assertThat(me.get("name").asText()).isEqualTo(NAME);
        assertThat(api().as(self).get("/people/" + personId).status()).isEqualTo(200);
        assertForbidden(api().as(self).get("/people/" + colleague));
        assertForbidden(api().as(self).get("/people"));
        assertNotFound(api().as(as(organisationId, Roles.VOLUNTEER)).get("/people/me"));
    }

    @Test
    void theRegistrationIsPublishedWithoutNameOrContactDetails() {
        String personId = registeredPerson("VOLUNTEER", organisation(), newAccount());

        ConsumerRecord<String, byte[]> record = KafkaTopics.readUntil(bootstrapServers(), Topics.PARTNER_EVENTS,
                        Duration.ofSeconds(30), records -> records.stream().anyMatch(r -> isAbout(r, personId)))
                .stream().filter(r -> isAbout(r, personId)).findFirst().orElseThrow();

        assertThat(KafkaTopics.header(record, "ce_type")).endsWith("person-registered");
        assertThat(new String(record.value())).contains(personId).doesNotContain(NAME)
                .doesNotContain("anna.devries").doesNotContain("12345678");
    }

    @Test
    void aPersonCannotBeRegisteredWithASelfHelpGroup() {
        String group = organisation("SELF_HELP", "VOLUNTEERS_ONLY", "INFORMAL", "INFORMAL_PARTY");
        long before = storedEvents();

        Api.Response response = api().as(operator()).put("/people/" + newId(),
                json(person("PEER_EXPERT", group, null)));

        assertConflict(response, "self-help-group-has-no-members");
        assertThat(response.body()).doesNotContain(NAME);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aProfessionalCannotBeRegisteredWithAVolunteersOnlyOrganisation() {
        String volunteers = organisation("VOLUNTEER_ORGANISATION", "VOLUNTEERS_ONLY", "INFORMAL",
                "FORMAL_ORGANISATION");
        long before = storedEvents();

        Api.Response response = api().as(operator()).put("/people/" + newId(),
                json(person("PROFESSIONAL", volunteers, null)));

        assertConflict(response, "no-professionals-in-volunteer-organisation");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void registeringTheSamePersonTwiceIsAConflictAndStoresNothing() {
        String organisationId = organisation();
        String personId = registeredPerson("VOLUNTEER", organisationId, newAccount());
        long before = storedEvents();

        Api.Response again = api().as(operator()).put("/people/" + personId,
                json(person("BUDDY", organisationId, newAccount())));

        assertConflict(again, "already-exists");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPersonWithAnUnknownOrganisationIsABadRequestNamingIt() {
        long before = storedEvents();

        Api.Response response = api().as(operator()).put("/people/" + newId(),
                json(person("VOLUNTEER", "onbekend-" + UUID.randomUUID().toString().substring(0, 8), null)));

        assertInvalid(response, "organisationId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aFamilyCarerNeedsNoOrganisationButAVolunteerDoes() {
        long before = storedEvents();

        Api.Response volunteer = api().as(coordinator()).put("/people/" + newId(), with(null, body -> { }));

        assertInvalid(volunteer, "organisationId");
        assertThat(storedEvents()).isEqualTo(before);
        String carer = newId();
        assertCreated(api().as(coordinator()).put("/people/" + carer, json(person("FAMILY_CARER", null, null))));
        assertThat(readBack(carer).hasNonNull("organisationId")).isFalse();
        // Without an organisation, those who vouch for them read them: coordinators, not another's professional.
        assertThat(api().as(coordinator()).get("/people/" + carer).status()).isEqualTo(200);
        assertForbidden(api().as(as(organisation(), Roles.PROFESSIONAL)).get("/people/" + carer));
    }

    static Stream<Arguments> badInput() {
        String org = "buurtzorg-noord";
        return Stream.of(
                Arguments.of("missing kind", with(org, body -> body.remove("kind")), "kind"),
                Arguments.of("unknown kind", with(org, body -> body.put("kind", "LOTGENOOT")), "kind"),
                Arguments.of("kind as a number", with(org, body -> body.put("kind", 2)), "kind"),
                Arguments.of("malformed organisation id",
                        with(org, body -> body.put("organisationId", "Buurtzorg Noord")), "organisationId"),
                Arguments.of("missing name", with(org, body -> body.remove("name")), "name"),
                Arguments.of("blank name", with(org, body -> body.put("name", "  ")), "name"),
                Arguments.of("name of 121 characters", with(org, body -> body.put("name", "x".repeat(121))), "name"),
                Arguments.of("name with a control character", with(org, body -> body.put("name", "Anna\u0000")),
                        "name"),
                Arguments.of("name with a line break", with(org, body -> body.put("name", "Anna\nde Vries")), "name"),
                Arguments.of("not an e-mail address", with(org, body -> body.put("email", "anna-at-example")),
                        "email"),
                Arguments.of("e-mail with a control character",
                        with(org, body -> body.put("email", "anna\u0007@example.nl")), "email"),
                Arguments.of("e-mail of 321 characters",
                        with(org, body -> body.put("email", "a".repeat(309) + "@example.nl")), "email"),
                Arguments.of("not a phone number", with(org, body -> body.put("phone", "bel me maar")), "phone"),
                Arguments.of("phone number of 21 characters", with(org, body -> body.put("phone", "0".repeat(21))),
                        "phone"),
                Arguments.of("account id with a space", with(org, body -> body.put("accountId", "anna de vries")),
                        "accountId"),
                Arguments.of("account id of 65 characters", with(org, body -> body.put("accountId", "a".repeat(65))),
                        "accountId"),
                Arguments.of("unknown extra field", with(org, body -> body.put("bsn", "123456782")), "bsn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsABadRequestNamingTheFieldAndStoresNothing(String label, String body, String field) {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).put("/people/" + newId(), body);

        assertInvalid(response, field);
        assertThat(response.body()).doesNotContain("Anna").doesNotContain("bel me").doesNotContain("123456782");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1-2-3-4-5", "8f2c3a3e7d1b4b8e9e0a2f6c1d4b5a69"})
    void aMalformedPersonIdIsABadRequestNamingItAndStoresNothing(String personId) {
        String organisationId = organisation();
        String networkId = network();
        long before = storedEvents();

        Api.Response register = api().as(coordinator()).put("/people/" + personId,
                json(person("VOLUNTEER", organisationId, null)));
        Api.Response undertaking = api().as(coordinator()).put("/people/" + personId + "/undertakings/" + networkId,
                "");
        Api.Response get = api().as(coordinator()).get("/people/" + personId);

        for (Api.Response response : List.of(register, undertaking, get)) {
            assertInvalid(response, "personId");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMalformedOrganisationFilterIsABadRequest() {
        assertInvalid(api().as(coordinator()).get("/people?organisationId=Buurtzorg%20Noord"), "organisationId");
    }

    @Test
    void anUnknownPersonIsNotFound() {
        assertNotFound(api().as(coordinator()).get("/people/" + newId()));
    }

    @Test
    void withoutATokenTheAnswerIs401AndNothingIsStored() {
        String organisationId = organisation();
        String networkId = network();
        long before = storedEvents();

        Api.Response register = api().put("/people/" + newId(), json(person("VOLUNTEER", organisationId, null)));

        assertThat(register.status()).isEqualTo(401);
        assertThat(register.isProblem()).isTrue();
        assertThat(api().get("/people").status()).isEqualTo(401);
        assertThat(api().get("/people/me").status()).isEqualTo(401);
        assertThat(api().put("/people/" + newId() + "/undertakings/" + networkId, "").status()).isEqualTo(401);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aVolunteerSignsTheirOwnUndertakingOnceWhichShowsOnTheirRecord() {
        String organisationId = organisation();
        String account = newAccount();
        String personId = registeredPerson("VOLUNTEER", organisationId, account);
        String networkId = network();
        String self = signedInAs(account, organisationId, Roles.VOLUNTEER);

        Api.Response signed = api().as(self).put("/people/" + personId + "/undertakings/" + networkId, "");

        assertCreated(signed);
        JsonNode person = readBack(self, "/people/me", p -> !p.get("undertakings").isEmpty());
        assertThat(person.get("undertakings").findValuesAsText("networkId")).containsExactly(networkId);
        assertThat(Instant.parse(person.get("undertakings").get(0).get("signedAt").asText()))
                .isBetween(Instant.now().minusSeconds(120), Instant.now());
        long before = storedEvents();
        Api.Response again = api().as(self).put("/people/" + personId + "/undertakings/" + networkId, "");
        assertConflict(again, "undertaking-already-signed");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.PARTNER_SYSTEM, Roles.PROFESSIONAL})
    void anOrganisationRecordsItsOwnHelpersUndertaking(String role) {
        String organisationId = organisation();
        String personId = registeredPerson("BUDDY", organisationId, null);

        assertCreated(api().as(as(organisationId, role)).put("/people/" + personId + "/undertakings/" + network(), ""));
    }

    @Test
    void aCoordinatorRecordsAnyHelpersUndertaking() {
        String personId = registeredPerson("KEY_RESIDENT", organisation(), null);

        assertCreated(api().as(coordinator()).put("/people/" + personId + "/undertakings/" + network(), ""));
    }

    static Stream<Arguments> strangers() {
        return Stream.of(
                Arguments.of("another organisation's system", Roles.PARTNER_SYSTEM, false),
                Arguments.of("another organisation's professional", Roles.PROFESSIONAL, false),
                Arguments.of("a fellow volunteer", Roles.VOLUNTEER, true),
                Arguments.of("a municipality analyst of the organisation", Roles.MUNICIPALITY_ANALYST, true),
                Arguments.of("a citizen", Roles.CITIZEN, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strangers")
    void nobodyElseRecordsAHelpersUndertaking(String label, String role, boolean sameOrganisation) {
        String organisationId = organisation();
        String personId = registeredPerson("VOLUNTEER", organisationId, newAccount());
        String networkId = network();
        String stranger = as(sameOrganisation ? organisationId : organisation(), role);
        long before = storedEvents();

        Api.Response response = api().as(stranger).put("/people/" + personId + "/undertakings/" + networkId, "");

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aProfessionalSignsNoUndertaking() {
        String personId = registeredPerson("PROFESSIONAL", organisation(), null);
        String networkId = network();
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).put("/people/" + personId + "/undertakings/" + networkId, "");

        assertConflict(response, "undertaking-is-for-informal-helpers");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUndertakingForAnUnknownOrMalformedNetworkIsABadRequestNamingIt() {
        String personId = registeredPerson("VOLUNTEER", organisation(), null);
        long before = storedEvents();

        Api.Response unknown = api().as(coordinator())
                .put("/people/" + personId + "/undertakings/onbekend-netwerk-" + UUID.randomUUID(), "");
        Api.Response malformed = api().as(coordinator())
                .put("/people/" + personId + "/undertakings/Netwerk%20Noord", "");

        assertInvalid(unknown, "networkId");
        assertInvalid(malformed, "networkId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUndertakingForAnUnknownPersonIsNotFound() {
        String networkId = network();
        long before = storedEvents();

        assertNotFound(api().as(coordinator()).put("/people/" + newId() + "/undertakings/" + networkId, ""));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anOrganisationLinksALoginLaterAndThatLoginIsThePersonFromThen() {
        String organisationId = organisation();
        String personId = registeredPerson("VOLUNTEER", organisationId, null);
        readBack(personId);
        String account = newAccount();

        Api.Response linked = api().as(as(organisationId, Roles.PARTNER_SYSTEM))
                .put("/people/" + personId + "/account", "{\"accountId\": \"" + account + "\"}");

        assertThat(linked.status()).as(linked.toString()).isEqualTo(204);
        JsonNode me = readBack(signedInAs(account, organisationId, Roles.VOLUNTEER), "/people/me", p -> true);
        assertThat(me.get("personId").asText()).isEqualTo(personId);
        ConsumerRecord<String, byte[]> record = KafkaTopics.readUntil(bootstrapServers(), Topics.PARTNER_EVENTS,
                        Duration.ofSeconds(30), records -> records.stream().anyMatch(r -> isAccountLink(r, personId)))
                .stream().filter(r -> isAccountLink(r, personId)).findFirst().orElseThrow();
        assertThat(new String(record.value())).contains(account).doesNotContain(NAME);
    }

    @Test
    void aLoginLinkedToOnePersonIsRefusedForAnotherAndNothingIsStored() {
        String organisationId = organisation();
        String account = newAccount();
        readBack(registeredPerson("VOLUNTEER", organisationId, account));
        String other = registeredPerson("VOLUNTEER", organisationId, null);
        readBack(other);
        long before = storedEvents();

        Api.Response linked = api().as(operator())
                .put("/people/" + other + "/account", "{\"accountId\": \"" + account + "\"}");
        Api.Response registered = api().as(operator())
                .put("/people/" + newId(), json(person("VOLUNTEER", organisationId, account)));

        assertConflict(linked, "account-linked-to-another-person");
        assertConflict(registered, "account-linked-to-another-person");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aVolunteerCannotLinkALoginToThemselfAndABadAccountIdIsNamed() {
        String organisationId = organisation();
        String account = newAccount();
        String personId = registeredPerson("VOLUNTEER", organisationId, account);
        readBack(personId);
        long before = storedEvents();

        Api.Response self = api().as(signedInAs(account, organisationId, Roles.VOLUNTEER))
                .put("/people/" + personId + "/account", "{\"accountId\": \"" + newAccount() + "\"}");
        Api.Response bad = api().as(coordinator())
                .put("/people/" + personId + "/account", "{\"accountId\": \"anna de vries\"}");
        Api.Response missing = api().as(coordinator()).put("/people/" + personId + "/account", "{}");

        assertForbidden(self);
        assertInvalid(bad, "accountId");
        assertInvalid(missing, "accountId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static boolean isAccountLink(ConsumerRecord<String, byte[]> record, String personId) {
        return isAbout(record, personId) && KafkaTopics.header(record, "ce_type").endsWith("person-account-linked");
    }

    private static boolean isAbout(ConsumerRecord<String, byte[]> record, String personId) {
        return personId.equals(KafkaTopics.header(record, "ce_subject"));
    }
}
