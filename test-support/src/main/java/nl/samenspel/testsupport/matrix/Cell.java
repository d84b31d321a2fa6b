package nl.samenspel.testsupport.matrix;

import java.util.Comparator;

/** One cell of an authorization matrix: an operation called by a role from a scope. */
public record Cell(Operation operation, String role, Scope scope) implements Comparable<Cell> {

    private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::operation)
            .thenComparing(Cell::role).thenComparing(Cell::scope);

    public boolean isAnonymous() {
        return AuthorizationMatrix.ANONYMOUS.equals(role);
    }

    @Override
    public int compareTo(Cell other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return operation + " as " + role + " (" + scope.label() + ")";
    }
}
