package nl.samenspel.shared.domain;

/**
 * A command that is well-formed but breaks a business rule (an illegal transition, a duplicate,
 * a party without covenant). The API answers 409 with {@link #code()} in the problem type.
 *
 * <p>Messages are written for the caller and must never contain personal data: they name rules
 * and ids, not people.
 */
public class RuleViolation extends RuntimeException {

    private final String code;

    public RuleViolation(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
