package nl.samenspel.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Stable id of an OGGZ or neighbourhood network: a lowercase slug such as {@code oggz-zuiderhaven}. */
public record NetworkId(String value) {

    public NetworkId {
        Slug.require(value, "a network id");
    }

    @JsonCreator
    public static NetworkId of(String value) {
        return new NetworkId(value);
    }

    public static boolean isValid(String value) {
        return Slug.isValid(value);
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
