package nl.samenspel.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.ServiceIntegrationTest;
import nl.samenspel.testsupport.TestInfrastructure;

/**
 * Helpers for API tests that need organisations and people to exist first: everything goes through the
 * real HTTP API with real tokens, and every id is new per test.
 */
public abstract class PartnerApiIntegrationTest extends ServiceIntegrationTest {

    protected static final String GGD = "ggd-zuiderhaven";
    private static final ObjectMapper JSON = new ObjectMapper();

    protected static String coordinator() {
        return TestInfrastructure.token("c0a8f3e2-coordinator-fatima", GGD, Roles.NETWORK_COORDINATOR);
    }

    /** The platform operator, who onboards any organisation's people for it. */
    protected static String operator() {
        return TestInfrastructure.token("platform-operator-olga", null, Roles.PLATFORM_OPERATOR);
    }

    /** A token of someone in this role at this organisation, under a subject of its own. */
    protected static String as(String organisation, String role) {
        return TestInfrastructure.token(role + "-" + UUID.randomUUID(), organisation, role);
    }

    protected static String signedInAs(String subject, String organisation, String role) {
        return TestInfrastructure.token(subject, organisation, role);
    }

    protected static String newAccount() {
        return UUID.randomUUID().toString();
    }

    protected static String newId() {
        return UUID.randomUUID().toString();
    }

    protected static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The coordinating organisation must exist before its network; a repeat registration is a harmless 409. */
    protected void registerCoordinatingOrganisation() {
        Api.Response response = api().as(coordinator()).put("/organisations/" + GGD, """
                {"name": "GGD Zuiderhaven", "kindOfHelp": "FORMAL", "kindOfParty": "FORMAL_ORGANISATION",
                 "organisationType": "PROFESSIONALS_ONLY", "sector": "GGD", "municipalityCode": "GM9901",
                 "neighbourhoods": ["WK990101"]}""");
        assertThat(response.status()).as(response.toString()).isIn(201, 409);
    }

    /** A formal home-care organisation with professionals and volunteers. */
    protected String organisation() {
        return organisation("HOME_CARE", "PROFESSIONALS_WITH_VOLUNTEER_SUPPORT", "FORMAL", "FORMAL_ORGANISATION");
    }

    protected String organisation(String sector, String organisationType, String kindOfHelp, String kindOfParty) {
        String organisationId = "org-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Organisatie " + organisationId);
        body.put("kindOfHelp", kindOfHelp);
        body.put("kindOfParty", kindOfParty);
        body.put("organisationType", organisationType);
        body.put("sector", sector);
        body.put("municipalityCode", "GM9901");
        body.put("neighbourhoods", List.of("WK990101"));
        assertCreated(api().as(coordinator()).put("/organisations/" + organisationId, json(body)));
        return organisationId;
    }

    protected static Map<String, Object> person(String kind, String organisationId, String accountId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("organisationId", organisationId);
        body.put("name", "Anna de Vries");
        body.put("email", "anna.devries@example.nl");
        body.put("phone", "+31 6 12345678");
        body.put("accountId", accountId);
        return body;
    }

    /** Registers a person through the platform operator, so the test's own requests are the only ones under test. */
    protected String registeredPerson(String kind, String organisationId, String accountId) {
        String personId = newId();
        assertCreated(api().as(operator()).put("/people/" + personId, json(person(kind, organisationId,
                accountId))));
        return personId;
    }

    /** Waits until the read model answers {@code path} with 200 and a body satisfying {@code until}. */
    protected JsonNode readBack(String token, String path, Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> api().as(token).get(path), r -> r.status() == 200 && until.test(r.json()))
                .json();
    }

    protected static void assertCreated(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    protected static void assertNoContent(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(204);
    }

    protected static void assertForbidden(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(403);
    }

    protected static void assertNotFound(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
    }

    /** A 400 problem that names this field and no other (one field may break several constraints). */
    protected static void assertInvalid(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("errors").findValuesAsText("field")).as(response.toString())
                .isNotEmpty().containsOnly(field);
    }

    /** A 409 problem of this kebab-case type. */
    protected static void assertConflict(Api.Response response, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("type").asText()).as(response.toString()).endsWith("/" + type);
    }
}
