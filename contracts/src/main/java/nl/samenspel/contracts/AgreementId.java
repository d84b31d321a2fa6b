package nl.samenspel.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Id of a volunteer agreement: a UUID, written in lowercase.
 */
public record AgreementId(UUID value) {

    public AgreementId {
        Objects.requireNonNull(value, "agreementId");
    }

    public static AgreementId random() {
        return new AgreementId(UUID.randomUUID());
    }

    @JsonCreator
    public static AgreementId of(String value) {
        return new AgreementId(UUID.fromString(value));
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
