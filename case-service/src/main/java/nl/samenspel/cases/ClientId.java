package nl.samenspel.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import nl.samenspel.contracts.Uuids;

/** A client's pseudonymous id, the only way a client is named outside case-service: random, a UUID in lowercase. */
public record ClientId(UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "clientId");
    }

    public static ClientId random() {
        return new ClientId(UUID.randomUUID());
    }

    @JsonCreator
    public static ClientId of(String value) {
        return new ClientId(UUID.fromString(value));
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
