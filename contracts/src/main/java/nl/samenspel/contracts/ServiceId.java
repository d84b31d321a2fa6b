package nl.samenspel.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Stable id of a service on the social map: a lowercase slug such as {@code maatjesproject-noord}. */
public record ServiceId(String value) {

    public ServiceId {
        Slug.require(value, "a service id");
    }

    @JsonCreator
    public static ServiceId of(String value) {
        return new ServiceId(value);
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
