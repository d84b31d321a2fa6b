package nl.samenspel.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * Stable id of a partner organisation, as carried in the {@code organisation} claim of every token:
 * a lowercase slug such as {@code ggd-zuiderhaven}.
 */
public record OrganisationId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    public OrganisationId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an organisation id is 1-64 lowercase letters, digits and inner hyphens");
        }
    }

    @JsonCreator
    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
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
