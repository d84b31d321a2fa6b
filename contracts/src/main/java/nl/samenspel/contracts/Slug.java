package nl.samenspel.contracts;

import java.util.regex.Pattern;

/**
 * The shape of Samenspel's readable ids (networks, organisations, services): 1-64 lowercase letters, digits and
 * inner hyphens, so they are safe in URLs, Kafka keys, Keycloak claims and log lines alike.
 */
final class Slug {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    private Slug() {
    }

    static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    static String require(String value, String what) {
        if (!isValid(value)) {
            throw new IllegalArgumentException(what + " is 1-64 lowercase letters, digits and inner hyphens");
        }
        return value;
    }
}
