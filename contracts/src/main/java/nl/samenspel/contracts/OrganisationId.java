package nl.samenspel.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Stable id of a partner organisation, as carried in the {@code organisation} claim of every token:
 * a lowercase slug such as {@code ggd-zuiderhaven}.
 */
public record OrganisationId(String value) {

    public OrganisationId {
        Slug.require(value, "an organisation id");
    }

    @JsonCreator
    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    public static boolean isValid(String value) {
        return Slug.isValid(value);
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
