package nl.samenspel.contracts;

import java.util.Locale;
import java.util.UUID;

/** The one rule for UUID-shaped ids: a canonical UUID, in any case (written back in lowercase). */
public final class Uuids {

    private Uuids() {
    }

    public static boolean isValid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equals(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
