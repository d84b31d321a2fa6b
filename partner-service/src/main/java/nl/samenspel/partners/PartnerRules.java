package nl.samenspel.partners;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import nl.samenspel.shared.domain.InvalidField;

/** Checks and conventions every partner-service aggregate applies the same way. */
public final class PartnerRules {

    /** The longest display name the published language and the read models accept. */
    public static final int MAX_NAME_LENGTH = 120;

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM[0-9]{4}");

    private PartnerRules() {
    }

    /** A display name (of a network or organisation): present, at most 120 characters, one printable line. */
    public static void requireDisplayName(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidField(field, "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (CONTROL_CHARACTERS.matcher(name).find()) {
            throw new InvalidField(field, "must not contain control characters");
        }
    }

    /** A CBS gemeentecode: GM followed by four digits. */
    public static void requireMunicipalityCode(String field, String code) {
        if (code == null || !MUNICIPALITY_CODE.matcher(code).matches()) {
            throw new InvalidField(field, "is not a CBS gemeentecode (GM followed by 4 digits)");
        }
    }

    /** Microseconds: the precision PostgreSQL keeps, so a read model and the published event agree. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
