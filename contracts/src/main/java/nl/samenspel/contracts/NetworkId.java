package nl.samenspel.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Stable id of an OGGZ or neighbourhood network: a lowercase slug such as {@code oggz-zuiderhaven}. */
public record NetworkId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    public NetworkId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a network id is 1-64 lowercase letters, digits and inner hyphens");
        }
    }

    @JsonCreator
    public static NetworkId of(String value) {
        return new NetworkId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
