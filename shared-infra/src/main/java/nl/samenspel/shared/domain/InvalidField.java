package nl.samenspel.shared.domain;

/**
 * A field whose value is well-typed but not acceptable, found after bean validation (for example
 * a network id that no local projection knows). The API answers 400 naming {@link #field()}.
 */
public class InvalidField extends RuntimeException {

    private final String field;

    public InvalidField(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
