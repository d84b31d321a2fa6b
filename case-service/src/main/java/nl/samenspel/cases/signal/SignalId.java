package nl.samenspel.cases.signal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A signal's pseudonymous id: a random UUID, meaningless outside Samenspel. */
public record SignalId(String value) {

    public SignalId {
        try {
            value = UUID.fromString(value).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("a signal id is a UUID");
        }
    }

    public static boolean isValid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }

    public static SignalId random() {
        return new SignalId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static SignalId of(String value) {
        return new SignalId(value);
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
