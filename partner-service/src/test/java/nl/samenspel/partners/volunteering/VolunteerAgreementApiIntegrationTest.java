package nl.samenspel.partners.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.samenspel.partners.PartnerApiIntegrationTest;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VolunteerAgreementApiIntegrationTest extends PartnerApiIntegrationTest {

    private static final String LIMITS = "Geen persoonlijke verzorging en niet na negen uur 's avonds.";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Whose agreement each one concluded here is, so it is read back by its own organisation. */
    private final Map<String, String> organisationOf = new HashMap<>();

    /** A volunteer of a volunteer organisation, and a coach who works for another organisation. */
    private record Volunteer(String organisationId, String volunteerId, String account, String coachId,
            String coachAccount, String coachOrganisation) {

        String self() {
            return signedInAs(account, organisationId, Roles.VOLUNTEER);
        }

        String coach() {
            return signedInAs(coachAccount, coachOrganisation, Roles.PROFESSIONAL);
        }
    }

    private Volunteer volunteer() {
        String organisationId = organisation("VOLUNTEER_ORGANISATION", "VOLUNTEERS_WITH_PROFESSIONAL_SUPPORT",
                "INFORMAL", "FORMAL_ORGANISATION");
        String coachOrganisation = organisation();
        String account = newAccount();
        String coachAccount = newAccount();
        return new Volunteer(organisationId, registeredPerson("VOLUNTEER", organisationId, account), account,
                registeredPerson("PROFESSIONAL", coachOrganisation, coachAccount), coachAccount, coachOrganisation);
    }

    private static LocalDate today() {
        return LocalDate.now(VolunteerAgreement.ZONE);
    }

    private static Map<String, Object> agreement(String volunteerId, String coachId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("volunteerId", volunteerId);
        body.put("tasks", List.of("PRACTICAL_HELP", "COMPANIONSHIP"));
        body.put("limits", LIMITS);
        body.put("availableDays", List.of("THURSDAY", "MONDAY"));
        body.put("startsOn", today().minusDays(30).toString());
        body.put("endsOn", today().plusYears(1).toString());
        body.put("capacityUnit", "CASES");
        body.put("capacity", 3);
        body.put("coachId", coachId);
        return body;
    }

    private static String with(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = agreement(newId(), newId());
        change.accept(body);
        return json(body);
    }

    /** The volunteer organisation's own system, which manages its volunteers' agreements. */
    private static String system(String organisationId) {
        return as(organisationId, Roles.PARTNER_SYSTEM);
    }

    private String concluded(Volunteer volunteer) {
        String agreementId = newId();
        assertCreated(api().as(system(volunteer.organisationId())).put("/volunteer-agreements/" + agreementId,
                json(agreement(volunteer.volunteerId(), volunteer.coachId()))));
        organisationOf.put(agreementId, volunteer.organisationId());
        return agreementId;
    }

    private JsonNode readBack(String agreementId, Predicate<JsonNode> until) {
        return readBack(system(organisationOf.get(agreementId)), "/volunteer-agreements/" + agreementId, until);
    }

    private static String load(int load) {
        return json(Map.of("load", load));
    }

    private static String capacity(int capacity) {
        return json(Map.of("capacity", capacity));
    }

    private static String training(String title, LocalDate completedOn) {
        return json(Map.of("training", title, "completedOn", completedOn.toString()));
    }

    /** Every request that changes an agreement, as the given token. */
    private List<Api.Response> changes(String token, String agreementId, String coachId) {
        String path = "/volunteer-agreements/" + agreementId;
        return List.of(api().as(token).put(path + "/coach", json(Map.of("coachId", coachId))),
                api().as(token).post(path + "/trainings", training("Basistraining", today())),
                api().as(token).put(path + "/capacity", capacity(5)),
                api().as(token).put(path + "/load", load(9)),
                api().as(token).put(path + "/overload-flag", ""),
                delete(token, path + "/overload-flag"),
                api().as(token).post(path + "/end", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.PARTNER_SYSTEM, Roles.PROFESSIONAL})
    void anOrganisationConcludesAnAgreementForItsVolunteerAndReadsItBack(String role) {
        Volunteer volunteer = volunteer();
        String own = as(volunteer.organisationId(), role);
        String agreementId = newId();

        Api.Response created = api().as(own).put("/volunteer-agreements/" + agreementId,
                json(agreement(volunteer.volunteerId(), volunteer.coachId())));

        assertCreated(created);
        JsonNode agreement = readBack(own, "/volunteer-agreements/" + agreementId, a -> a.hasNonNull("coachId"));
        assertThat(agreement.get("agreementId").asText()).isEqualTo(agreementId);
        assertThat(agreement.get("volunteerId").asText()).isEqualTo(volunteer.volunteerId());
        assertThat(agreement.get("organisationId").asText()).isEqualTo(volunteer.organisationId());
        assertThat(texts(agreement.get("tasks"))).containsExactly("COMPANIONSHIP", "PRACTICAL_HELP");
        assertThat(agreement.get("limits").asText()).isEqualTo(LIMITS);
        assertThat(texts(agreement.get("availableDays"))).containsExactly("MONDAY", "THURSDAY");
        assertThat(agreement.get("startsOn").asText()).isEqualTo(today().minusDays(30).toString());
        assertThat(agreement.get("endsOn").asText()).isEqualTo(today().plusYears(1).toString());
        assertThat(agreement.get("capacityUnit").asText()).isEqualTo("CASES");
        assertThat(agreement.get("capacity").asInt()).isEqualTo(3);
        assertThat(agreement.get("load").asInt()).isZero();
        assertThat(agreement.get("overloaded").asBoolean()).isFalse();
        assertThat(agreement.hasNonNull("overloadSource")).isFalse();
        assertThat(agreement.get("coachId").asText()).isEqualTo(volunteer.coachId());
        assertThat(agreement.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(agreement.hasNonNull("endedOn")).isFalse();
        assertThat(agreement.get("trainings")).isEmpty();
        assertThat(Instant.parse(agreement.get("concludedAt").asText()))
                .isBetween(Instant.now().minusSeconds(120), Instant.now());
        for (Api.Response list : List.of(api().as(own).get("/volunteer-agreements"),
                api().as(own).get("/volunteer-agreements?organisationId=" + volunteer.organisationId()))) {
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(list.json().findValuesAsText("agreementId")).containsExactly(agreementId);
        }
    }

    /**
     * B7: any coordinator administered every organisation's people. An organisation outside the coordinator's
     * networks is none of their business: they neither conclude nor read its volunteers' agreements.
     */
    @Test
    void aCoordinatorNeitherConcludesNorReadsTheAgreementsOfAnOrganisationOutsideTheirNetworks() {
        Volunteer volunteer = volunteer();
        String agreementId = concluded(volunteer);
        readBack(agreementId, a -> true);
        long before = storedEvents();

        Api.Response conclude = api().as(coordinator()).put("/volunteer-agreements/" + newId(),
                json(agreement(volunteer.volunteerId(), volunteer.coachId())));
        Api.Response get = api().as(coordinator()).get("/volunteer-agreements/" + agreementId);
        Api.Response list = api().as(coordinator())
                .get("/volunteer-agreements?organisationId=" + volunteer.organisationId());
        Api.Response listOwn = api().as(coordinator()).get("/volunteer-agreements");

        assertForbidden(conclude);
        assertForbidden(get);
        assertForbidden(list);
        assertThat(listOwn.status()).as(listOwn.toString()).isEqualTo(200);
        assertThat(listOwn.json().findValuesAsText("agreementId")).doesNotContain(agreementId);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.PARTNER_SYSTEM, Roles.PROFESSIONAL})
    void anotherOrganisationNeitherConcludesNorManagesNorReadsAnAgreement(String role) {
        Volunteer volunteer = volunteer();
        String agreementId = concluded(volunteer);
        readBack(agreementId, a -> true);
        String stranger = as(organisation(), role);
        long before = storedEvents();

        Api.Response conclude = api().as(stranger).put("/volunteer-agreements/" + newId(),
                json(agreement(volunteer.volunteerId(), volunteer.coachId())));
        List<Api.Response> changes = changes(stranger, agreementId, volunteer.coachId());
        Api.Response get = api().as(stranger).get("/volunteer-agreements/" + agreementId);
        Api.Response list = api().as(stranger)
                .get("/volunteer-agreements?organisationId=" + volunteer.organisationId());
        Api.Response listOwn = api().as(stranger).get("/volunteer-agreements");

        assertForbidden(conclude);
        changes.forEach(PartnerApiIntegrationTest::assertForbidden);
        assertForbidden(get);
        assertForbidden(list);
        assertThat(listOwn.status()).as(listOwn.toString()).isEqualTo(200);
        assertThat(listOwn.json().findValuesAsText("agreementId")).doesNotContain(agreementId);
        assertThat(listOwn.body()).doesNotContain(LIMITS);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aVolunteerSeesTheirOwnAgreementAndNoOneElses() {
        Volunteer volunteer = volunteer();
        String agreementId = concluded(volunteer);
        String colleagueAccount = newAccount();
        String colleague = registeredPerson("VOLUNTEER", volunteer.organisationId(), colleagueAccount);
        String colleaguesAgreement = newId();
        assertCreated(api().as(system(volunteer.organisationId())).put("/volunteer-agreements/" + colleaguesAgreement,
                json(agreement(colleague, null))));
        organisationOf.put(colleaguesAgreement, volunteer.organisationId());
        readBack(colleaguesAgreement, a -> true);
        String self = volunteer.self();

        JsonNode own = readBack(self, "/volunteer-agreements/" + agreementId, a -> true);
        JsonNode mine = readBack(self, "/volunteer-agreements/mine", list -> !list.isEmpty());

        assertThat(own.get("limits").asText()).isEqualTo(LIMITS);
        assertThat(mine.findValuesAsText("agreementId")).containsExactly(agreementId);
        Api.Response other = api().as(self).get("/volunteer-agreements/" + colleaguesAgreement);
        assertForbidden(other);
        assertForbidden(api().as(self).get("/volunteer-agreements"));
        assertForbidden(api().as(self).get("/volunteer-agreements?organisationId=" + volunteer.organisationId()));
        assertThat(readBack(signedInAs(colleagueAccount, volunteer.organisationId(), Roles.VOLUNTEER),
                "/volunteer-agreements/mine", list -> !list.isEmpty()).findValuesAsText("agreementId"))
                .containsExactly(colleaguesAgreement);
        assertThat(api().as(as(volunteer.organisationId(), Roles.VOLUNTEER)).get("/volunteer-agreements/mine").json())
                .isEmpty();
    }

    @Test
    void aVolunteerChangesNothingInTheirOwnAgreement() {
        Volunteer volunteer = volunteer();
        String agreementId = concluded(volunteer);
        String self = volunteer.self();
        readBack(self, "/volunteer-agreements/" + agreementId, a -> true);
        long before = storedEvents();

        Api.Response conclude = api().as(self).put("/volunteer-agreements/" + newId(),
                json(agreement(volunteer.volunteerId(), null)));
        List<Api.Response> changes = changes(self, agreementId, volunteer.coachId());

        assertForbidden(conclude);
        changes.forEach(PartnerApiIntegrationTest::assertForbidden);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theCoachReadsTheAgreementAndRaisesAndClearsTheOverloadFlag() {
        Volunteer volunteer = volunteer();
        String agreementId = concluded(volunteer);
        String coach = volunteer.coach();
        readBack(coach, "/volunteer-agreements/" + agreementId, a -> true);

        assertNoContent(api().as(coach).put("/volunteer-agreements/" + agreementId + "/overload-flag", ""));

        JsonNode flagged = readBack(agreementId, a -> a.get("overloaded").asBoolean());
        assertThat(flagged.get("overloadSource").asText()).isEqualTo("COACH");
        // A flag the coach raised is not cleared by a load within capacity.
        assertNoContent(api().as(system(volunteer.organisationId())).put("/volunteer-agreements/" + agreementId
                + "/load", load(1)));
        assertThat(readBack(agreementId, a -> a.get("load").asInt() == 1).get("overloadSource").asText())
                .isEqualTo("COACH");
        assertNoContent(delete(coach, "/volunteer-agreements/" + agreementId + "/overload-flag"));
        assertThat(readBack(agreementId, a -> !a.get("overloaded").asBoolean()).hasNonNull("overloadSource"))
                .isFalse();
    }

    @Test
    void aProfessionalOfTheVolunteersOrganisationWhoIsNotTheCoachRaisesNoFlag() {
        Volunteer volunteer = volunteer();
        String agreementId = concluded(volunteer);
        long before = storedEvents();

        Api.Response response = api().as(as(volunteer.organisationId(), Roles.PROFESSIONAL))
                .put("/volunteer-agreements/" + agreementId + "/overload-flag", "");

        assertForbidden(response);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theOverloadFlagFollowsTheLoadInTheReadModel() {
        Volunteer volunteer = volunteer();
        String agreementId = concluded(volunteer);
        String own = as(volunteer.organisationId(), Roles.PARTNER_SYSTEM);
        String path = "/volunteer-agreements/" + agreementId;

        assertNoContent(api().as(own).put(path + "/load", load(4)));

        JsonNode overloaded = readBack(agreementId, a -> a.get("load").asInt() == 4);
        assertThat(overloaded.get("capacity").asInt()).isEqualTo(3);
        assertThat(overloaded.get("overloaded").asBoolean()).isTrue();
        assertThat(overloaded.get("overloadSource").asText()).isEqualTo("AUTOMATIC");
        assertThat(readBack(volunteer.self(), "/volunteer-agreements/mine", list -> !list.isEmpty()).get(0)
                .get("overloaded").asBoolean()).isTrue();

        assertNoContent(api().as(own).put(path + "/capacity", capacity(4)));
        JsonNode within = readBack(agreementId, a -> a.get("capacity").asInt() == 4);
        assertThat(within.get("overloaded").asBoolean()).isFalse();
        assertThat(within.hasNonNull("overloadSource")).isFalse();

        assertNoContent(api().as(own).put(path + "/capacity", capacity(2)));
        JsonNode lowered = readBack(agreementId, a -> a.get("capacity").asInt() == 2);
        assertThat(lowered.get("overloaded").asBoolean()).isTrue();
        assertThat(lowered.get("overloadSource").asText()).isEqualTo("AUTOMATIC");
        assertThat(lowered.get("load").asInt()).isEqualTo(4);
        long before = storedEvents();
        assertConflict(delete(volunteer.coach(), path + "/overload-flag"), "load-exceeds-capacity");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMunicipalityAnalystSeesNoAgreementAndChangesNothing() {
        Volunteer volunteer = volunteer();
        String agreementId = concluded(volunteer);
        readBack(agreementId, a -> true);
        // Even an analyst whose token names the volunteer's organisation.
        String analyst = as(volunteer.organisationId(), Roles.MUNICIPALITY_ANALYST);
        long before = storedEvents();

        List<Api.Response> responses = new ArrayList<>(List.of(
                api().as(analyst).get("/volunteer-agreements"),
                api().as(analyst).get("/volunteer-agreements?organisationId=" + volunteer.organisationId()),
                api().as(analyst).get("/volunteer-agreements/" + agreementId),
                api().as(analyst).get("/volunteer-agreements/mine"),
                api().as(analyst).put("/volunteer-agreements/" + newId(),
                        json(agreement(volunteer.volunteerId(), null)))));
        responses.addAll(changes(analyst, agreementId, volunteer.coachId()));

        for (Api.Response response : responses) {
            assertForbidden(response);
            assertThat(response.body()).doesNotContain(LIMITS).doesNotContain(volunteer.volunteerId());
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("an end before the start", with(body -> {
                    body.put("startsOn", "2026-03-01");
                    body.put("endsOn", "2026-02-28");
                }), "endsOn"),
                Arguments.of("missing end", with(body -> body.remove("endsOn")), "endsOn"),
                Arguments.of("a start that is no date", with(body -> body.put("startsOn", "2026-02-30")), "startsOn"),
                Arguments.of("a start in words", with(body -> body.put("startsOn", "morgen")), "startsOn"),
                // Found by the hostile-input test: a number was read as days since 1970.
                Arguments.of("a start as a number", with(body -> body.put("startsOn", 20000)), "startsOn"),
                Arguments.of("a start in year +9999999", with(body -> body.put("startsOn", "+9999999-01-01")),
                        "startsOn"),
                Arguments.of("a start eleven years ago", with(body -> body.put("startsOn",
                        today().minusYears(11).toString())), "startsOn"),
                Arguments.of("an end in year +9999999", with(body -> body.put("endsOn", "+9999999-01-01")), "endsOn"),
                Arguments.of("an end six years ahead", with(body -> body.put("endsOn",
                        today().plusYears(6).toString())), "endsOn"),
                Arguments.of("missing volunteer", with(body -> body.remove("volunteerId")), "volunteerId"),
                Arguments.of("malformed volunteer id", with(body -> body.put("volunteerId", "anna")), "volunteerId"),
                Arguments.of("malformed coach id", with(body -> body.put("coachId", "coach-1")), "coachId"),
                Arguments.of("no tasks", with(body -> body.put("tasks", List.of())), "tasks"),
                Arguments.of("missing tasks", with(body -> body.remove("tasks")), "tasks"),
                Arguments.of("an unknown task", with(body -> body.put("tasks", List.of("MEALS", "GARDENING"))),
                        "tasks[1]"),
                Arguments.of("no days", with(body -> body.put("availableDays", List.of())), "availableDays"),
                Arguments.of("an unknown day", with(body -> body.put("availableDays", List.of("FUNDAY"))),
                        "availableDays[0]"),
                Arguments.of("a day in Dutch", with(body -> body.put("availableDays", List.of("MAANDAG"))),
                        "availableDays[0]"),
                Arguments.of("missing limits", with(body -> body.remove("limits")), "limits"),
                Arguments.of("blank limits", with(body -> body.put("limits", " ")), "limits"),
                Arguments.of("limits of 501 characters", with(body -> body.put("limits", "x".repeat(501))), "limits"),
                Arguments.of("limits with a control character",
                        with(body -> body.put("limits", "Geen\u001b[31m verzorging")), "limits"),
                Arguments.of("limits with a line break", with(body -> body.put("limits", "Geen\nverzorging")),
                        "limits"),
                Arguments.of("an unknown capacity unit", with(body -> body.put("capacityUnit", "DAYS")),
                        "capacityUnit"),
                // Found by the hostile-input test: "0" was read as an enum's first value.
                Arguments.of("a capacity unit by number", with(body -> body.put("capacityUnit", "0")),
                        "capacityUnit"),
                Arguments.of("a task by number", with(body -> body.put("tasks", List.of("1"))), "tasks[0]"),
                Arguments.of("a capacity of 0", with(body -> body.put("capacity", 0)), "capacity"),
                Arguments.of("a capacity of 61", with(body -> body.put("capacity", 61)), "capacity"),
                Arguments.of("a capacity in words", with(body -> body.put("capacity", "drie")), "capacity"),
                Arguments.of("unknown extra field", with(body -> body.put("diagnosis", "depressie")), "diagnosis"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsABadRequestNamingTheFieldAndStoresNothing(String label, String body, String field) {
        long before = storedEvents();

        Api.Response response = api().as(coordinator()).put("/volunteer-agreements/" + newId(), body);

        assertInvalid(response, field);
        assertThat(response.body()).doesNotContain("verzorging").doesNotContain("depressie");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anAgreementEndingBeforeItStartsIsRefusedForARealVolunteerToo() {
        Volunteer volunteer = volunteer();
        long before = storedEvents();

        Api.Response response = api().as(system(volunteer.organisationId())).put("/volunteer-agreements/" + newId(), json(Map.of(
                "volunteerId", volunteer.volunteerId(), "tasks", List.of("TRANSPORT"), "limits", LIMITS,
                "availableDays", List.of("FRIDAY"), "startsOn", today().toString(),
                "endsOn", today().minusDays(1).toString(), "capacityUnit", "HOURS_PER_WEEK", "capacity", 4)));

        assertInvalid(response, "endsOn");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownVolunteerOrCoachIsABadRequestNamingIt() {
        Volunteer volunteer = volunteer();
        long before = storedEvents();

        Api.Response unknownVolunteer = api().as(system(volunteer.organisationId())).put("/volunteer-agreements/" + newId(),
                json(agreement(newId(), volunteer.coachId())));
        Api.Response unknownCoach = api().as(system(volunteer.organisationId())).put("/volunteer-agreements/" + newId(),
                json(agreement(volunteer.volunteerId(), newId())));

        assertInvalid(unknownVolunteer, "volunteerId");
        assertInvalid(unknownCoach, "coachId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anAgreementIsOnlyForAnInformalHelperOfAnOrganisationCoachedByAProfessional() {
        Volunteer volunteer = volunteer();
        String carer = registeredPerson("FAMILY_CARER", null, null);
        long before = storedEvents();

        Api.Response professional = api().as(system(volunteer.coachOrganisation())).put("/volunteer-agreements/" + newId(),
                json(agreement(volunteer.coachId(), null)));
        Api.Response withoutOrganisation = api().as(system(volunteer.organisationId())).put("/volunteer-agreements/" + newId(),
                json(agreement(carer, null)));
        Api.Response volunteerAsCoach = api().as(system(volunteer.organisationId())).put("/volunteer-agreements/" + newId(),
                json(agreement(volunteer.volunteerId(), carer)));

        assertConflict(professional, "volunteer-is-a-professional");
        assertConflict(withoutOrganisation, "volunteer-without-organisation");
        assertConflict(volunteerAsCoach, "coach-not-a-professional");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void concludingTheSameAgreementTwiceIsAConflictAndStoresNothing() {
        Volunteer volunteer = volunteer();
        String agreementId = concluded(volunteer);
        long before = storedEvents();

        Api.Response again = api().as(system(volunteer.organisationId())).put("/volunteer-agreements/" + agreementId,
                json(agreement(volunteer.volunteerId(), null)));

        assertConflict(again, "already-exists");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1-2-3-4-5", "8f2c3a3e7d1b4b8e9e0a2f6c1d4b5a69"})
    void aMalformedAgreementIdIsABadRequestNamingItAndStoresNothing(String agreementId) {
        Volunteer volunteer = volunteer();
        long before = storedEvents();

        List<Api.Response> responses = new ArrayList<>(List.of(
                api().as(coordinator()).put("/volunteer-agreements/" + agreementId,
                        json(agreement(volunteer.volunteerId(), null))),
                api().as(coordinator()).get("/volunteer-agreements/" + agreementId)));
        responses.addAll(changes(coordinator(), agreementId, volunteer.coachId()));

        responses.forEach(response -> assertInvalid(response, "agreementId"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownAgreementIsNotFound() {
        Volunteer volunteer = volunteer();
        String agreementId = newId();
        long before = storedEvents();

        assertNotFound(api().as(coordinator()).get("/volunteer-agreements/" + agreementId));
        changes(coordinator(), agreementId, volunteer.coachId()).forEach(PartnerApiIntegrationTest::assertNotFound);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMalformedOrganisationFilterIsABadRequest() {
        assertInvalid(api().as(coordinator()).get("/volunteer-agreements?organisationId=Vrijwilligers%20Noord"),
                "organisationId");
    }

    static Stream<Arguments> badChanges() {
        return Stream.of(
                Arguments.of("a negative load", "/load", load(-1), "load"),
                Arguments.of("a load over 168", "/load", load(169), "load"),
                Arguments.of("a load in words", "/load", json(Map.of("load", "veel")), "load"),
                Arguments.of("missing load", "/load", "{}", "load"),
                Arguments.of("a capacity of 0", "/capacity", capacity(0), "capacity"),
                Arguments.of("a capacity of 61", "/capacity", capacity(61), "capacity"),
                Arguments.of("a malformed coach id", "/coach", json(Map.of("coachId", "coach")), "coachId"),
                Arguments.of("missing coach id", "/coach", "{}", "coachId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badChanges")
    void aBadChangeIsABadRequestNamingTheFieldAndStoresNothing(String label, String path, String body, String field) {
        String agreementId = concluded(volunteer());
        long before = storedEvents();

        Api.Response response = api().as(system(organisationOf.get(agreementId)))
                .put("/volunteer-agreements/" + agreementId + path, body);

        assertInvalid(response, field);
        assertThat(storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badTrainings() {
        return Stream.of(
                Arguments.of("blank training", training(" ", today()), "training"),
                Arguments.of("training of 121 characters", training("x".repeat(121), today()), "training"),
                Arguments.of("training with a control character", training("Basis\u0000training", today()),
                        "training"),
                Arguments.of("completed in the future", training("Basistraining", today().plusDays(1)),
                        "completedOn"),
                Arguments.of("completed on a number", json(Map.of("training", "Basistraining", "completedOn", 42)),
                        "completedOn"),
                Arguments.of("completed in year -999999999", training("Basistraining", LocalDate.MIN),
                        "completedOn"),
                Arguments.of("completed 31 years ago", training("Basistraining", today().minusYears(31)),
                        "completedOn"),
                Arguments.of("completed on no date",
                        json(Map.of("training", "Basistraining", "completedOn", "gisteren")), "completedOn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTrainings")
    void aBadTrainingIsABadRequestNamingTheFieldAndStoresNothing(String label, String body, String field) {
        String agreementId = concluded(volunteer());
        long before = storedEvents();

        Api.Response response = api().as(system(organisationOf.get(agreementId)))
                .post("/volunteer-agreements/" + agreementId + "/trainings", body);

        assertInvalid(response, field);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void trainingsACoachChangeAndTheEndShowInTheReadModelAndAnEndedAgreementTakesNoChanges() {
        Volunteer volunteer = volunteer();
        String agreementId = concluded(volunteer);
        String own = as(volunteer.organisationId(), Roles.PROFESSIONAL);
        String path = "/volunteer-agreements/" + agreementId;
        String newCoach = registeredPerson("PROFESSIONAL", organisation(), newAccount());

        assertNoContent(api().as(own).post(path + "/trainings", training("Basistraining", today().minusDays(3))));
        assertNoContent(api().as(own).put(path + "/coach", json(Map.of("coachId", newCoach))));
        long before = storedEvents();
        assertConflict(api().as(own).put(path + "/coach", json(Map.of("coachId", newCoach))),
                "coach-already-assigned");
        assertConflict(api().as(own).post(path + "/trainings", training("Basistraining", today().minusDays(3))),
                "training-already-recorded");
        assertThat(storedEvents()).isEqualTo(before);
        assertNoContent(api().as(own).post(path + "/end", ""));

        JsonNode ended = readBack(agreementId, a -> "ENDED".equals(a.get("status").asText()));
        assertThat(ended.get("endedOn").asText()).isEqualTo(today().toString());
        assertThat(ended.get("coachId").asText()).isEqualTo(newCoach);
        assertThat(ended.get("trainings").findValuesAsText("training")).containsExactly("Basistraining");
        assertThat(ended.get("trainings").findValuesAsText("completedOn"))
                .containsExactly(today().minusDays(3).toString());
        long afterEnd = storedEvents();
        assertConflict(api().as(own).post(path + "/end", ""), "agreement-ended");
        assertConflict(api().as(own).put(path + "/load", load(1)), "agreement-ended");
        assertThat(storedEvents()).isEqualTo(afterEnd);
    }

    @Test
    void withoutATokenTheAnswerIs401AndNothingIsStored() {
        Volunteer volunteer = volunteer();
        String agreementId = concluded(volunteer);
        long before = storedEvents();

        Api.Response conclude = api().put("/volunteer-agreements/" + newId(),
                json(agreement(volunteer.volunteerId(), null)));

        assertThat(conclude.status()).isEqualTo(401);
        assertThat(conclude.isProblem()).isTrue();
        assertThat(api().put("/volunteer-agreements/" + agreementId + "/load", load(9)).status()).isEqualTo(401);
        assertThat(api().get("/volunteer-agreements/" + agreementId).status()).isEqualTo(401);
        assertThat(api().get("/volunteer-agreements/mine").status()).isEqualTo(401);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** {@link Api} has no DELETE; the overload flag is cleared with one. */
    private Api.Response delete(String token, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + path)).header("Authorization", "Bearer " + token).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
