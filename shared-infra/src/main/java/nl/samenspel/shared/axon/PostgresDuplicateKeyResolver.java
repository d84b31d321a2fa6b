package nl.samenspel.shared.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon's JDBC event store that PostgreSQL refused a duplicate key (SQLSTATE 23505), so creating
 * an aggregate twice becomes an {@code AggregateStreamCreationException} (409) and a concurrent append a
 * {@code ConcurrencyException}, instead of an {@code EventStoreException} (500). Axon's default
 * {@code JdbcSQLErrorCodesResolver} only recognises {@code SQLIntegrityConstraintViolationException},
 * which the PostgreSQL driver never throws.
 */
public final class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                // A batch insert reports the statement's failure as its next exception.
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
