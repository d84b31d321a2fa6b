package nl.samenspel.cases.handover;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import nl.samenspel.contracts.Uuids;

/** A handover's id: random, a UUID in lowercase. */
public record HandoverId(UUID value) {

    public HandoverId {
        Objects.requireNonNull(value, "handoverId");
    }

    public static HandoverId random() {
        return new HandoverId(UUID.randomUUID());
    }

    @JsonCreator
    public static HandoverId of(String value) {
        return new HandoverId(UUID.fromString(value));
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
