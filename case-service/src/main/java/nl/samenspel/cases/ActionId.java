package nl.samenspel.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import nl.samenspel.contracts.Uuids;

/** Id of an action agreed on a case (in a conference or in the plan): a UUID in lowercase. */
public record ActionId(UUID value) {

    public ActionId {
        Objects.requireNonNull(value, "actionId");
    }

    public static ActionId random() {
        return new ActionId(UUID.randomUUID());
    }

    @JsonCreator
    public static ActionId of(String value) {
        return new ActionId(UUID.fromString(value));
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
