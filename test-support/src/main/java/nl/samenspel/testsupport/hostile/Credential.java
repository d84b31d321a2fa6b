package nl.samenspel.testsupport.hostile;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.samenspel.testsupport.TestInfrastructure;

/**
 * Who a hostile request claims to be: a real signed token of a role at an organisation, or one of the credentials
 * every service must refuse ({@code valid} false).
 *
 * @param authorization the {@code Authorization} header value, or null for none
 */
public record Credential(String label, String organisation, String authorization, boolean valid) {

    /** A real token of the test issuer for this role at this organisation, under its own subject. */
    public static Credential of(String role, String organisation) {
        return new Credential(role + "@" + organisation, organisation,
                "Bearer " + TestInfrastructure.token("hostile-" + role + "-" + organisation, organisation, role), true);
    }

    /** A real token for an existing login (a subject partner facts link to a person). */
    public static Credential of(String subject, String role, String organisation) {
        return new Credential(role + "@" + organisation + "(" + subject + ")", organisation,
                "Bearer " + TestInfrastructure.token(subject, organisation, role), true);
    }

    /** Credentials no service may accept: none, garbage, unsigned, expired, for another audience, a lone scheme. */
    public static List<Credential> refused(String organisation, String role) {
        String unsignedHeader = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String unsignedClaims = b64("{\"sub\":\"forged\",\"aud\":\"samenspel\",\"exp\":4102444800,"
                + "\"realm_access\":{\"roles\":[\"platform-operator\",\"network-coordinator\"]},\"organisation\":\""
                + organisation + "\"}");
        String valid = TestInfrastructure.token("hostile-tampered", organisation, role);
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + unsignedClaims + "." + parts[2];
        String expired = TestInfrastructure.oauth().issueToken(TestInfrastructure.ISSUER_ID, "hostile-expired",
                "samenspel", Map.of("realm_access", Map.of("roles", List.of(role)), "organisation", organisation),
                -3600L).serialize();
        return List.of(
                new Credential("no token", null, null, false),
                new Credential("garbage token", null, "Bearer garbage", false),
                new Credential("unsigned token", organisation, "Bearer " + unsignedHeader + "." + unsignedClaims + ".",
                        false),
                new Credential("tampered claims", organisation, "Bearer " + tampered, false),
                new Credential("expired token", organisation, "Bearer " + expired, false),
                new Credential("other audience", organisation,
                        "Bearer " + TestInfrastructure.tokenForOtherAudience("hostile-aud", organisation, role), false),
                new Credential("basic auth", null, "Basic " + b64("admin:admin"), false),
                new Credential("bare scheme", null, "Bearer", false),
                new Credential("huge token", null, "Bearer " + "A".repeat(20_000), false));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return label;
    }
}
