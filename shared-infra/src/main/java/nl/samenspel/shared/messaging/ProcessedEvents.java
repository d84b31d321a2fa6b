package nl.samenspel.shared.messaging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a consumer idempotent: the event id is recorded in the same transaction as the change it
 * causes, so a redelivered event (after a rebalance, a crash or a publisher retry) changes nothing.
 */
public final class ProcessedEvents {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public ProcessedEvents(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Runs {@code change} in one transaction with the record that {@code consumer} has processed
     * {@code eventId}, unless it already had.
     *
     * @return whether the change ran
     */
    public boolean runOnce(String consumer, String eventId, Runnable change) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            int inserted = jdbc.update("""
                    insert into processed_integration_event (consumer, event_id, processed_at)
                    values (?, ?, now())
                    on conflict do nothing""", consumer, eventId);
            if (inserted == 0) {
                return false;
            }
            change.run();
            return true;
        }));
    }
}
