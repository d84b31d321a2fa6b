package nl.samenspel.partners;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

/**
 * Tells Axon's JDBC event store that PostgreSQL refused a duplicate key (SQLSTATE 23505), so registering
 * an existing network becomes an {@code AggregateStreamCreationException} (409) instead of an
 * {@code EventStoreException} (500). Axon's default {@code JdbcSQLErrorCodesResolver} only recognises
 * {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never throws.
 *
 * <p>Every service on the shared Axon JDBC setup needs this; it belongs in shared-infra's
 * {@code SamenspelAxonAutoConfiguration} and can go from here once it is there.
 */
@Component
class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

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
