package nl.samenspel.cases.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * One deadline per kind and subject: the referral, the handover, or the case whose review it is. Written as
 * {@code kind:subject} ({@code referral-answer:0b6c...}), which is also the Deadline aggregate's identifier.
 *
 * @param subjectId a lowercase UUID: the referral id, handover id or case id
 */
public record DeadlineId(DeadlineKind kind, String subjectId) {

    public DeadlineId {
        Objects.requireNonNull(kind, "kind");
        if (!isUuid(subjectId)) {
            throw new IllegalArgumentException("a deadline's subject is a lowercase UUID");
        }
    }

    public static DeadlineId of(DeadlineKind kind, UUID subject) {
        return new DeadlineId(kind, subject.toString());
    }

    @JsonCreator
    public static DeadlineId parse(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a deadline id is kind:subject");
        }
        return new DeadlineId(DeadlineKind.ofSlug(value.substring(0, colon)), value.substring(colon + 1));
    }

    static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }

    @JsonValue
    public String value() {
        return kind.slug() + ":" + subjectId;
    }

    @Override
    public String toString() {
        return value();
    }
}
