package nl.samenspel.infra;

import java.io.IOException;
import java.util.Map;

/** Access tokens from the Samenspel realm, for demo data and for tests that call the services as someone. */
public final class OidcTokens {

    /** People signing in through the console: authorization code with PKCE only, no password grant. */
    public static final String CONSOLE_CLIENT = "samenspel-console";
    /** The password grant, for tests and local scripts only: a separate public client the console never uses. */
    public static final String TEST_CLIENT = "samenspel-test";

    private final String tokenEndpoint;

    public OidcTokens(String tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    public static OidcTokens of(KeycloakServer keycloak) {
        return new OidcTokens(keycloak.tokenEndpoint());
    }

    /** Password grant through the test client, as a person signing in (tests and scripts only). */
    public String forUser(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", TEST_CLIENT, "username", username, "password", password),
                "user " + username);
    }

    /** Client-credentials grant, as a partner organisation's system. */
    public String forClient(String clientId, String clientSecret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret),
                "client " + clientId);
    }

    private String token(Map<String, String> form, String who) {
        HttpJson.Response response;
        try {
            response = HttpJson.postForm(tokenEndpoint, form);
        } catch (IOException e) {
            throw HttpJson.unchecked("No token for " + who + " from " + tokenEndpoint, e);
        }
        if (response.status() != 200) {
            throw new IllegalStateException("No token for " + who + ": HTTP " + response.status() + " " + response.abbreviated());
        }
        return response.json().path("access_token").asText();
    }
}
