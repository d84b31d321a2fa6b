package nl.samenspel.shared.deadletter;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import nl.samenspel.shared.messaging.IntegrationEventPublisher.IntegrationPublicationFailed;
import nl.samenspel.shared.web.SafeThrowables;
import org.apache.kafka.common.KafkaException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Decides what a handler failure means. An event its handler cannot apply (bad data, a value the read model
 * cannot hold, a bug) fails the same way on every attempt: it is parked, so its sequence waits and every other
 * sequence goes on. A failure of the infrastructure (database or Kafka unreachable, a lock or serialisation
 * conflict) says nothing about the event: parking would fill the queue with healthy events during an outage, so
 * the failure is rethrown and the processor retries the batch, as it did before there was a queue.
 *
 * <p>The stored cause is the exception types and our code's frame only ({@link SafeThrowables}): exception
 * messages can quote the data that failed (a constraint's key, a value), and the queue must not become a copy of
 * personal data outside the vault.
 */
public class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ParkingPolicy.class);

    /** PostgreSQL SQLSTATE classes of connection loss, transaction rollback, resources and operator intervention. */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57", "58");

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isInfrastructureFailure(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime : new InfrastructureUnavailable(cause);
        }
        ThrowableCause parkedFor = withoutMessages(cause);
        // Axon says nothing when it parks (only at debug); an operator must hear of it, without the payload.
        log.warn("Parked event {} ({}): {}", letter.message().getIdentifier(),
                letter.message().getPayloadType().getSimpleName(), parkedFor.message());
        return Decisions.enqueue(parkedFor);
    }

    static ThrowableCause withoutMessages(Throwable cause) {
        String description = SafeThrowables.describe(cause);
        return new ThrowableCause(cause.getClass().getName(),
                description.substring(0, Math.min(description.length(), ThrowableCause.TRUNCATED_MESSAGE_SIZE)));
    }

    static boolean isInfrastructureFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof KafkaException || t instanceof IntegrationPublicationFailed) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && TRANSIENT_SQL_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    /** A checked infrastructure failure, carried out of the policy so the processor retries. */
    static final class InfrastructureUnavailable extends RuntimeException {
        InfrastructureUnavailable(Throwable cause) {
            super("infrastructure unavailable: " + cause.getClass().getName(), cause);
        }
    }
}
