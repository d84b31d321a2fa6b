package nl.samenspel.cases.referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import nl.samenspel.contracts.Uuids;

/** A referral's id: random, a UUID in lowercase. */
public record ReferralId(UUID value) {

    public ReferralId {
        Objects.requireNonNull(value, "referralId");
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    @JsonCreator
    public static ReferralId of(String value) {
        return new ReferralId(UUID.fromString(value));
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
