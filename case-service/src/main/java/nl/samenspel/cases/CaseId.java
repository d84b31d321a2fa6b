package nl.samenspel.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import nl.samenspel.contracts.Uuids;

/** A case's pseudonymous id: random, meaningless outside Samenspel; a UUID in lowercase. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "caseId");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    @JsonCreator
    public static CaseId of(String value) {
        return new CaseId(UUID.fromString(value));
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
