package nl.samenspel.testsupport.matrix;

import java.util.Locale;

/**
 * Where the caller stands to the objects a request is about, as the service defines it: {@link #OWN} their own
 * organisation, network or case; {@link #OTHER} another's, which they have no part in.
 */
public enum Scope {
    OWN, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Scope of(String label) {
        for (Scope scope : values()) {
            if (scope.label().equals(label)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("scope must be own or other, not '" + label + "'");
    }
}
