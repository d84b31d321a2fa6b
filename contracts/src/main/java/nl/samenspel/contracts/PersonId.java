package nl.samenspel.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Id of a person in the networks, professional or informal helper. Random, so it says nothing
 * about who the person is: a UUID, written in lowercase.
 */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "personId");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @JsonCreator
    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    public static boolean isValid(String value) {
        return Uuids.isValid(value);
    }

    @JsonValue
    public String asString() {
        return value.toString();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
