package nl.samenspel.shared.domain;

/**
 * The actor may not give this command to this aggregate, by a rule only the aggregate can check (a
 * coordinator acting on another organisation's network). The API answers 403. Like
 * {@link RuleViolation}, the message names rules and ids, never people.
 */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message, null, false, false);
    }
}
