package nl.samenspel.partnerfacts.access;

import java.util.Objects;
import java.util.Optional;

/** Whether a party may receive a case's personal data, and if not, why. Carries no personal data itself. */
public record AccessDecision(Optional<Refusal> refusal) {

    private static final AccessDecision PERMITTED = new AccessDecision(Optional.empty());

    public AccessDecision {
        Objects.requireNonNull(refusal, "refusal");
    }

    public static AccessDecision permitted() {
        return PERMITTED;
    }

    public static AccessDecision refused(Refusal reason) {
        return new AccessDecision(Optional.of(reason));
    }

    public boolean isPermitted() {
        return refusal.isEmpty();
    }
}
