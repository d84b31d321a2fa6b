package nl.samenspel.partners;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.regex.Pattern;
import nl.samenspel.shared.domain.InvalidField;

/** Checks and conventions every partner-service aggregate applies the same way. */
public final class PartnerRules {

    /** The longest display name the published language and the read models accept. */
    public static final int MAX_NAME_LENGTH = 120;
    /** The most neighbourhoods one organisation or service names; the published schemas allow no more. */
    public static final int MAX_NEIGHBOURHOODS = 200;

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM[0-9]{4}");
    /** A CBS wijkcode (WK + gemeente + wijk) or buurtcode (BU + gemeente + wijk + buurt). */
    private static final Pattern NEIGHBOURHOOD_CODE = Pattern.compile("WK[0-9]{6}|BU[0-9]{8}");

    private PartnerRules() {
    }

    /** A display name (of a network or organisation): present, at most 120 characters, one printable line. */
    public static void requireDisplayName(String field, String name) {
        requireText(field, name, MAX_NAME_LENGTH);
    }

    /** Free text that is published as-is: present, at most {@code maxLength} characters, one printable line. */
    public static void requireText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        if (text.length() > maxLength) {
            throw new InvalidField(field, "must be at most " + maxLength + " characters");
        }
        if (CONTROL_CHARACTERS.matcher(text).find()) {
            throw new InvalidField(field, "must not contain control characters");
        }
    }

    /** 1-200 CBS wijk or buurt codes, as the published schemas require. */
    public static void requireNeighbourhoods(String field, Set<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new InvalidField(field, "must name at least one neighbourhood");
        }
        if (codes.size() > MAX_NEIGHBOURHOODS) {
            throw new InvalidField(field, "must name at most " + MAX_NEIGHBOURHOODS + " neighbourhoods");
        }
        for (String code : codes) {
            if (code == null || !NEIGHBOURHOOD_CODE.matcher(code).matches()) {
                throw new InvalidField(field,
                        "must be CBS wijkcodes (WK followed by 6 digits) or buurtcodes (BU followed by 8 digits)");
            }
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
