package nl.samenspel.cases.consultation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A consultative question's id: a random lowercase UUID. */
public record ConsultativeQuestionId(UUID value) {

    public ConsultativeQuestionId {
        Objects.requireNonNull(value, "questionId");
    }

    public static ConsultativeQuestionId random() {
        return new ConsultativeQuestionId(UUID.randomUUID());
    }

    @JsonCreator
    public static ConsultativeQuestionId of(String value) {
        return new ConsultativeQuestionId(UUID.fromString(value));
    }

    public static boolean isValid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
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
