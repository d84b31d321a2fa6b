package nl.samenspel.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Keycloak with the committed realm. Slow (about 25 s warm, about 60 s on a machine that has never
 * unpacked Keycloak), so it is tagged for running alone: {@code mvn -pl infra test -Dgroups=keycloak}.
 */
@Tag("keycloak")
class KeycloakRealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        long started = System.nanoTime();
        keycloak = new KeycloakServer(KeycloakServer.sharedInstallDirectory(), 0).withFreshData().start();
        System.out.printf("Keycloak ready after %d ms (install %s), RSS %d MB%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                keycloak.installDirectory(), keycloak.residentKilobytes() / 1024);
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aCoordinatorsTokenCarriesOrganisationRoleAndAudience() throws Exception {
        HttpResponse<String> response = token(Map.of(
                "grant_type", "password", "client_id", OidcTokens.TEST_CLIENT, "username", "coordinator.ggd", "password", DemoData.PASSWORD));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode claims = accessTokenClaims(response);
        assertThat(claims.path("organisation").asText()).isEqualTo("ggd-zuiderhaven");
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("network-coordinator");
        assertThat(texts(claims.path("aud"))).contains("samenspel");
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuerUri());
        assertThat(claims.path("preferred_username").asText()).isEqualTo("coordinator.ggd");
    }

    @Test
    void aPartnerSystemTokenCarriesPartnerRoleAndItsOrganisation() throws Exception {
        HttpResponse<String> response = token(Map.of(
                "grant_type", "client_credentials", "client_id", "woonstede-system", "client_secret", "woonstede-system-secret"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode claims = accessTokenClaims(response);
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("partner-system");
        assertThat(claims.path("organisation").asText()).isEqualTo("woonstede");
        assertThat(texts(claims.path("aud"))).contains("samenspel");
    }

    @Test
    void everyDemoPersonSignsInWithTheirRoleOrganisationAndFixedSubject() throws Exception {
        for (DemoData.Person person : DemoData.PEOPLE) {
            HttpResponse<String> response = token(Map.of("grant_type", "password", "client_id", OidcTokens.TEST_CLIENT,
                    "username", person.username(), "password", DemoData.PASSWORD));
            assertThat(response.statusCode()).as(person.username() + ": " + response.body()).isEqualTo(200);
            JsonNode claims = accessTokenClaims(response);
            assertThat(texts(claims.path("realm_access").path("roles"))).as(person.username()).contains(person.role());
            // Demo people in partner-service are linked to these subjects before Keycloak has ever run.
            assertThat(claims.path("sub").asText()).as(person.username()).isEqualTo(person.accountId());
            if (person.organisation() != null) {
                assertThat(claims.path("organisation").asText()).as(person.username()).isEqualTo(person.organisation());
            }
        }
    }

    @Test
    void everyDemoPartnerClientGetsATokenForItsOrganisation() throws Exception {
        for (DemoData.PartnerClient client : DemoData.PARTNER_CLIENTS) {
            HttpResponse<String> response = token(Map.of("grant_type", "client_credentials",
                    "client_id", client.clientId(), "client_secret", client.secret()));
            assertThat(response.statusCode()).as(client.clientId() + ": " + response.body()).isEqualTo(200);
            JsonNode claims = accessTokenClaims(response);
            assertThat(claims.path("organisation").asText()).as(client.clientId()).isEqualTo(client.organisation());
            assertThat(texts(claims.path("realm_access").path("roles"))).as(client.clientId()).contains("partner-system");
        }
    }

    @Test
    void aCitizenTokenHasNoOrganisation() throws Exception {
        JsonNode claims = accessTokenClaims(token(Map.of(
                "grant_type", "password", "client_id", OidcTokens.TEST_CLIENT, "username", "citizen.demo", "password", DemoData.PASSWORD)));

        assertThat(claims.has("organisation")).isFalse();
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("citizen");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> response = token(Map.of(
                "grant_type", "password", "client_id", OidcTokens.TEST_CLIENT, "username", "coordinator.ggd", "password", "not-the-password"));

        // RFC 6749 5.2: a bad resource-owner password is invalid_grant, which Keycloak answers with 400.
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("invalid_grant");
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void theConsoleClientHasNoPasswordGrant() throws Exception {
        HttpResponse<String> response = token(Map.of("grant_type", "password", "client_id", OidcTokens.CONSOLE_CLIENT,
                "username", "coordinator.ggd", "password", DemoData.PASSWORD));

        // Keycloak refuses a grant the client does not allow with 400 unauthorized_client.
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("unauthorized_client");
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void thirtyWrongPasswordsLockTheAccountSoTheRightOneGivesNoTokenEither() throws Exception {
        for (int attempt = 0; attempt < 30; attempt++) {
            HttpResponse<String> wrong = token(Map.of("grant_type", "password", "client_id", OidcTokens.TEST_CLIENT,
                    "username", "volunteer.bram", "password", "guess-" + attempt));
            assertThat(wrong.statusCode()).isEqualTo(400);
        }
        HttpResponse<String> right = token(Map.of("grant_type", "password", "client_id", OidcTokens.TEST_CLIENT,
                "username", "volunteer.bram", "password", DemoData.PASSWORD));

        assertThat(right.statusCode()).as(right.body()).isEqualTo(400);
        assertThat(right.body()).doesNotContain("access_token");

        // The lock is the reason, not a broken password: once an administrator clears it, the right one works.
        clearLockout("volunteer.bram");
        HttpResponse<String> afterClearing = token(Map.of("grant_type", "password", "client_id", OidcTokens.TEST_CLIENT,
                "username", "volunteer.bram", "password", DemoData.PASSWORD));
        assertThat(afterClearing.statusCode()).as(afterClearing.body()).isEqualTo(200);
    }

    @Test
    void theRealmHasAPasswordPolicy() throws Exception {
        JsonNode realm = JSON.readTree(getClass().getResourceAsStream("/keycloak/samenspel-realm.json"));

        assertThat(realm.path("passwordPolicy").asText()).contains("length(12)");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        for (JsonNode user : realm.path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                assertThat(credential.path("value").asText().length()).as(user.path("username").asText())
                        .isGreaterThanOrEqualTo(12);
            }
        }
    }

    @Test
    void aWrongClientSecretIsRefused() throws Exception {
        HttpResponse<String> response = token(Map.of(
                "grant_type", "client_credentials", "client_id", "woonstede-system", "client_secret", "ggd-zuiderhaven-system-secret"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("access_token");
    }

    private static void clearLockout(String username) throws Exception {
        String admin = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.url()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                        + KeycloakServer.ADMIN_USERNAME + "&password=" + KeycloakServer.ADMIN_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).path("access_token").asText();
        String users = keycloak.url() + "/admin/realms/" + KeycloakServer.REALM + "/users?exact=true&username=" + username;
        String id = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(users)).header("Authorization", "Bearer " + admin)
                .build(), HttpResponse.BodyHandlers.ofString()).body()).get(0).path("id").asText();
        HttpResponse<String> cleared = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.url() + "/admin/realms/"
                        + KeycloakServer.REALM + "/attack-detection/brute-force/users/" + id))
                .header("Authorization", "Bearer " + admin).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(204);
    }

    private static HttpResponse<String> token(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode accessTokenClaims(HttpResponse<String> response) throws Exception {
        String accessToken = JSON.readTree(response.body()).path("access_token").asText();
        String payload = accessToken.split("\\.")[1];
        return JSON.readTree(Base64.getUrlDecoder().decode(payload));
    }

    /** Claims like aud are a string when single-valued and an array otherwise. */
    private static List<String> texts(JsonNode node) {
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList();
        }
        return node.isMissingNode() || node.isNull() ? List.of() : List.of(node.asText());
    }
}
